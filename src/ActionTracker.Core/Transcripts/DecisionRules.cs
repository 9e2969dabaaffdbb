namespace ActionTracker.Core.Transcripts;

/// <summary>Decision cues: "we agreed…", "decision:", "let's go with…", "we decided…", "we'll go for…", "skip the…", "we all agree…".</summary>
internal static class DecisionRules
{
    private static readonly (string[] Pattern, double Confidence)[] Patterns =
    [
        (["decision"], 0.8),
        (["we", "agreed"], 0.75),
        (["we've", "agreed"], 0.75),
        (["we", "have", "agreed"], 0.75),
        (["we", "decided"], 0.75),
        (["we've", "decided"], 0.75),
        (["we", "have", "decided"], 0.75),
        (["it's", "decided"], 0.7),
        (["agreed", "that"], 0.6),
        (["decided", "that"], 0.6),
        (["decided", "to"], 0.6),
        (["consensus"], 0.6),
        (["resolved"], 0.5),
        (["let's", "go", "with"], 0.65),
        (["let's", "go", "for"], 0.6),
        (["we'll", "go", "with"], 0.65),
        (["we'll", "go", "for"], 0.6),
        (["we're", "going", "with"], 0.6),
        (["we're", "gonna", "go", "with"], 0.6),
        (["we're", "gonna", "go", "for"], 0.55),
        (["we're", "going", "to", "go", "with"], 0.6),
        (["we", "will", "go", "with"], 0.6),
        (["we", "go", "with"], 0.5),
        (["we", "go", "for"], 0.45),
        (["let's", "stick", "with"], 0.55),
        (["we'll", "stick", "with"], 0.55),
        (["we'll", "use"], 0.4),
        (["we're", "gonna", "use"], 0.4),
        (["we're", "going", "to", "use"], 0.4),
        (["we", "will", "use"], 0.4),
        (["we're", "not", "gonna"], 0.35),
        (["we're", "not", "going", "to"], 0.35),
        (["we", "won't"], 0.35),
        (["we'll", "have"], 0.3),
        (["we're", "gonna", "have"], 0.3),
        (["we're", "going", "to", "have"], 0.3),
        (["we", "will", "have"], 0.3),
        (["we'll", "keep"], 0.3),
        (["so", "that's", "decided"], 0.7),
        (["we", "should", "go", "with"], 0.45),
        (["we", "should", "go", "for"], 0.45),
        (["we", "should", "use"], 0.35),
        (["we", "should", "have"], 0.3),
        (["we", "want"], 0.3),
        (["we", "don't", "want"], 0.3),
        (["we're", "using"], 0.3),
        (["we", "use"], 0.3),
        (["we", "need", "a"], 0.25),
        (["it's", "gonna", "be"], 0.3),
        (["it's", "going", "to", "be"], 0.3),
        (["it", "will", "be"], 0.3),
        (["it'll", "be"], 0.3),
        (["it", "will", "have"], 0.3),
        (["it", "should", "be"], 0.25),
        (["it", "has", "to", "be"], 0.3),
        (["it", "has", "to", "have"], 0.3),
        (["has", "to", "have"], 0.25),
        (["should", "have"], 0.2),
        (["will", "have"], 0.25),
        (["will", "be"], 0.2),
        (["is", "gonna", "be"], 0.25),
        (["are", "gonna", "be"], 0.25),
        (["going", "for"], 0.3),
        (["we", "can"], 0.3),
        (["we", "could"], 0.25),
        (["we", "should"], 0.3),
        (["we", "need", "to"], 0.3),
        (["we", "have", "to"], 0.3),
        (["we", "must"], 0.35),
        (["we're", "gonna"], 0.3),
        (["we're", "going", "to"], 0.3),
        (["we'll"], 0.3),
        (["so", "we"], 0.3),
        (["so", "we're"], 0.35),
        (["focus", "on"], 0.35),
        (["let's"], 0.3),
        (["we'd"], 0.25),
        (["i", "think", "we"], 0.35),
        (["would", "be"], 0.2),
        (["should", "be"], 0.25),
        (["made", "of"], 0.35),
        (["made", "out", "of"], 0.35),
        (["that's", "settled"], 0.7),
        (["that's", "fine", "then"], 0.5),

        // Settling on or ruling out an option: "we skip the LCD", "get rid of the ball", "stick to two colours".
        (["skip", "the"], 0.6),
        (["forget", "the"], 0.55),
        (["forget", "about"], 0.55),
        (["drop", "the"], 0.55),
        (["get", "rid", "of"], 0.6),
        (["no", "need", "for"], 0.6),
        (["ruled", "out"], 0.6),
        (["go", "ahead", "with"], 0.6),
        (["stick", "to"], 0.6),

        // Choosing, keeping or removing without a "we" in front: "just go for the cheaper one", "keep the old logo".
        (["go", "with"], 0.45),
        (["go", "for"], 0.4),
        (["keep", "the"], 0.4),
        (["scrap", "the"], 0.55),
        (["take", "out", "the"], 0.5),
        (["we", "don't", "need"], 0.4),
        (["we'll", "need"], 0.35),
        (["opt", "for"], 0.5),
        (["settle", "on"], 0.55),
        (["settled", "on"], 0.6),
        (["we", "chose"], 0.6),
        (["we've", "chosen"], 0.6),
        (["the", "plan", "is"], 0.5),
        (["then", "it's"], 0.4),
        (["we", "put"], 0.4),
        (["the", "best"], 0.4),
        (["we", "said"], 0.4),
        (["decided", "on"], 0.6),

        // Everyone agreeing states a decision: "I think we all agree on that", "everyone agrees".
        (["agree", "on"], 0.5),
        (["all", "agree"], 0.6),
        (["everyone", "agrees"], 0.6),
        (["everybody", "agrees"], 0.6),
    ];

    private const double TalkAboutDecidingConfidence = 0.35;

    private static readonly Dictionary<string, (string[] Pattern, double Confidence)[]> PatternsByFirstWord =
        Patterns.GroupBy(p => p.Pattern[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "euro", "euros", "dollar", "dollars", "pound", "pounds", "price", "cost", "costs", "budget", "profit", "million",
        "percent", "revenue", "€", "$", "£",
    };

    /// <summary>The cue's confidence and where the decided words start, or null.</summary>
    public static (double Confidence, int TextStart, string Reason)? Find(TranscriptSentence sentence)
    {
        string[] words = sentence.Words;
        if (sentence.IsQuestion && !IsConfirmation(words))
        {
            return null;
        }

        // The strongest cue in the sentence counts ("I think we should go with" is a "go with", not an "I think we").
        (double Confidence, int TextStart, string Reason)? best = null;
        for (int i = 0; i < words.Length; i++)
        {
            if (!PatternsByFirstWord.TryGetValue(words[i], out (string[] Pattern, double Confidence)[]? candidates))
            {
                continue;
            }

            foreach ((string[] pattern, double confidence) in candidates)
            {
                if (i + pattern.Length > words.Length || !pattern.AsSpan().SequenceEqual(words.AsSpan(i, pattern.Length)))
                {
                    continue;
                }

                bool cueOnly = pattern[0] is "decision" or "consensus" or "resolved" or "agreed" or "decided" or "so" or "it's" or "agree" or "all" or "settled" or "settle"
                    || pattern[^1] is "agreed" or "decided" or "agrees" or "is";
                int start = cueOnly ? i + pattern.Length : i;
                while (start < words.Length && words[start] is "that" or "on" or "to" or "is" or "was")
                {
                    start++;
                }

                if (words.Length - start < 2)
                {
                    continue;
                }

                // "Decision: …" or "the decision is…" states one; "come to a decision on", "decide later" only talk about deciding.
                double cueConfidence = pattern is ["decision"] && !sentence.Raw[i].EndsWith(':') && !(i + 1 < words.Length && words[i + 1] is "is" or "was")
                    ? TalkAboutDecidingConfidence
                    : confidence;
                if (best is null || cueConfidence > best.Value.Confidence)
                {
                    best = (cueConfidence, start, "decision: \"" + string.Join(' ', pattern) + "\"");
                }
            }
        }

        if (best is not null)
        {
            return best;
        }

        // Prices, budgets and targets stated as figures are agreed numbers more often than not.
        return HasFigure(words) && words.Length >= 4 ? (0.35, 0, "decision: a figure") : null;
    }

    /// <summary>
    /// A statement asking to be confirmed is not an open question: "we decided on the steel frame, right?", "so we go
    /// with the cheaper plan, yeah?".
    /// </summary>
    private static bool IsConfirmation(string[] words) =>
        words.Length >= 4 && words[^1] is "right" or "yeah" or "yes" or "correct" or "agreed" or "okay" or "ok";

    private static bool HasFigure(string[] words)
    {
        foreach (string word in words)
        {
            if (MoneyWords.Contains(word) || (word.Length > 1 && word[0] is '€' or '$' or '£'))
            {
                return true;
            }
        }

        return false;
    }
}
