using System.Globalization;

namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Turns the words of a decision into a short statement as minutes write it: "um I think we we want uh large buttons
/// for the the essential things, because…" → "We want large buttons for the essential things". Leading fillers and
/// hedges, hesitations, stutters and cut-off words go; spoken numbers become figures ("twenty five euros" → "25 euros");
/// the statement ends at the next clause.
/// </summary>
internal static class DecisionText
{
    public const int MaxWords = 11;

    /// <summary>Words that open a turn without saying anything: dropped before the statement starts.</summary>
    private static readonly HashSet<string> LeadingFillers = new(StringComparer.Ordinal)
    {
        "um", "uh", "uhm", "er", "erm", "hmm", "mm", "mm-hmm", "ah", "eh", "oh", "okay", "ok", "so", "well", "like",
        "just", "also", "basically", "actually", "really", "maybe", "perhaps", "probably", "then", "now", "and", "but",
        "yeah", "yes", "right", "alright", "anyway", "that", "on", "to", "is", "was",
    };

    /// <summary>Hesitations dropped wherever they occur.</summary>
    private static readonly HashSet<string> Hesitations = new(StringComparer.Ordinal)
    {
        "um", "uh", "uhm", "er", "erm", "hmm", "mm", "mm-hmm", "ah",
    };

    /// <summary>Words that start another clause: the statement ends before them once it has said something.</summary>
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "because", "cause", "'cause", "since", "but", "if", "whereas", "although", "though", "unless", "while", "so",
        "cos", "yeah", "okay", "right", "alright", "or",
    };

    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "with", "on", "by", "in", "at", "to", "and", "or", "my", "your", "our", "their",
        "is", "are", "be", "that", "like", "some", "very", "more",
    };

    /// <summary>Spoken numbers by value: "two" is 2, "nineteen" 19 ("one" is a pronoun as often as a number).</summary>
    private static readonly Dictionary<string, int> Units = new[]
    {
        "", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    }.Select((word, value) => (word, value)).Where(n => n.word.Length > 0).ToDictionary(n => n.word, n => n.value, StringComparer.Ordinal);

    private static readonly Dictionary<string, int> Tens = new[]
    {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    }.Select((word, index) => (word, value: 20 + (10 * index))).ToDictionary(n => n.word, n => n.value, StringComparer.Ordinal);

    /// <summary>The statement, or null when the words hold fewer than two meaningful ones.</summary>
    public static string? Build(string[] raw, string[] words, int start)
    {
        var picked = new List<(string Raw, string Word)>(MaxWords);
        for (int i = start; i < words.Length && picked.Count < MaxWords; i++)
        {
            string word = words[i];
            if (word.Length == 0 || Hesitations.Contains(word) || IsYouKnow(words, i))
            {
                continue;
            }

            if (picked.Count == 0)
            {
                // "I think", "I guess", "I mean" before the statement are the speaker's, not the decision's.
                if (LeadingFillers.Contains(word) || (word is "i" && i + 1 < words.Length && words[i + 1] is "think" or "guess" or "mean" or "suppose"))
                {
                    i += word is "i" ? 1 : 0;
                    continue;
                }
            }
            else if (picked.Count >= 3 && ClauseBreaks.Contains(word))
            {
                break;
            }

            // A cut-off word ("wa want", "rub rubber") or a stutter ("the the") says it once.
            if (i + 1 < words.Length && IsRestart(word, words[i + 1]))
            {
                continue;
            }

            if (picked.Count > 0 && picked[^1].Word == word)
            {
                continue;
            }

            if (Number(words, i) is { } number)
            {
                picked.Add((number.Text + Trailing(raw[i + number.Length - 1]), number.Text));
                i += number.Length - 1;
                continue;
            }

            picked.Add((raw[i], word));
            if (raw[i].EndsWith(',') && picked.Count >= 5)
            {
                break;
            }
        }

        while (picked.Count > 0 && Dangling.Contains(picked[^1].Word))
        {
            picked.RemoveAt(picked.Count - 1);
        }

        if (picked.Count(p => ContentWords.IsContent(p.Word) || char.IsDigit(p.Word[0])) < 2)
        {
            return null;
        }

        string text = string.Join(' ', picked.Select(p => p.Raw)).TrimEnd(',', ';', ':', '.', '?', '!', '-');
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static bool IsYouKnow(string[] words, int i) =>
        (words[i] == "you" && i + 1 < words.Length && words[i + 1] == "know") || (words[i] == "know" && i > 0 && words[i - 1] == "you");

    /// <summary>A short start of the next word, said and broken off: "wa" before "want", "p" before "plastic".</summary>
    private static bool IsRestart(string word, string next) =>
        word.Length < next.Length && word.Length <= 3 && word is not ("a" or "i" or "an" or "in" or "on" or "to" or "at" or "we" or "it" or "is" or "be" or "no" or "so" or "the" or "for" or "our" or "and")
        && next.StartsWith(word, StringComparison.Ordinal) && char.IsLetter(word[0]);

    /// <summary>A spoken number from <paramref name="i"/> as figures: "twenty five" → 25, "twelve fifty" → 12.50, "twelve point five" → 12.5.</summary>
    private static (string Text, int Length)? Number(string[] words, int i)
    {
        if (Whole(words, i) is not { } first)
        {
            return null;
        }

        int next = i + first.Length;
        if (next + 1 < words.Length && words[next] == "point" && Units.TryGetValue(words[next + 1], out int decimals) && decimals < 10)
        {
            return (first.Value.ToString(CultureInfo.InvariantCulture) + "." + decimals.ToString(CultureInfo.InvariantCulture), first.Length + 2);
        }

        // Prices are said as two numbers: "twelve fifty" is 12.50.
        if (first.Value < 100 && Whole(words, next) is { Value: >= 10 and < 100 } cents)
        {
            return (first.Value.ToString(CultureInfo.InvariantCulture) + "." + cents.Value.ToString(CultureInfo.InvariantCulture), first.Length + cents.Length);
        }

        return (first.Value.ToString(CultureInfo.InvariantCulture), first.Length);
    }

    private static (int Value, int Length)? Whole(string[] words, int i)
    {
        if (i >= words.Length)
        {
            return null;
        }

        if (Tens.TryGetValue(words[i], out int tens))
        {
            return i + 1 < words.Length && Units.TryGetValue(words[i + 1], out int unit) && unit < 10 ? (tens + unit, 2) : (tens, 1);
        }

        return Units.TryGetValue(words[i], out int value) ? (value, 1) : null;
    }

    private static string Trailing(string raw) => raw[(raw.TrimEnd(',', ';', ':', '.', '?', '!').Length)..];
}
