namespace ActionTracker.Core.Transcripts;

/// <summary>
/// First names the participants go by when the transcript labels them otherwise (a role, an initial, "Speaker 2"):
/// learned from introductions ("I'm Kate", "my name is Kate") and from who answers when a name is called
/// ("Kate, you'll…" answered by the designer). One pass over the sentences; a name counts only with a clear winner.
/// </summary>
internal sealed class ParticipantNames
{
    private const int IntroductionVotes = 3;

    private readonly Dictionary<string, string> _speakerByName = new(StringComparer.Ordinal);

    public ParticipantNames(IReadOnlyList<TranscriptSentence> sentences, SpeakerDirectory speakers)
    {
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var speakerWords = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++)
        {
            TranscriptSentence sentence = sentences[s];
            if (sentence.Speaker is null)
            {
                continue;
            }

            string[] words = sentence.Words;
            for (int i = 0; i < words.Length; i++)
            {
                if (!LooksLikeName(sentence, i, speakers, speakerWords))
                {
                    continue;
                }

                bool introduction = i >= 1 && (words[i - 1] is "i'm" || (i >= 3 && words[i - 1] is "is" && words[i - 2] is "name" && words[i - 3] is "my") || (i >= 2 && words[i - 1] is "name's" && words[i - 2] is "my"));
                if (introduction)
                {
                    Vote(votes, words[i], sentence.Speaker, IntroductionVotes);
                    continue;
                }

                // A name called out ("Kate, …", "Kate you'll…"): whoever of the others speaks next is likely Kate.
                bool called = sentence.Raw[i].EndsWith(',') || i + 1 == words.Length || words[i + 1] is "you" or "you'll" or "you're" or "could" or "can" or "would";
                if (called && NextOtherSpeaker(sentences, s) is { } answer)
                {
                    Vote(votes, words[i], answer, 1);
                }
            }
        }

        foreach ((string name, Dictionary<string, int> bySpeaker) in votes)
        {
            KeyValuePair<string, int> best = bySpeaker.MaxBy(v => v.Value);
            int rest = bySpeaker.Sum(v => v.Value) - best.Value;
            if (best.Value >= 2 && best.Value > 2 * rest)
            {
                _speakerByName[name] = best.Key;
            }
        }
    }

    /// <summary>The speaker a learned first name stands for, or null.</summary>
    public string? Find(string word) => _speakerByName.GetValueOrDefault(word);

    private static bool LooksLikeName(TranscriptSentence sentence, int i, SpeakerDirectory speakers, Dictionary<string, bool> speakerWords)
    {
        string raw = sentence.Raw[i];
        string word = sentence.Words[i];
        if (raw.Length < 3 || word.Length < 3 || !char.IsUpper(raw[0]) || !IsLowerLetters(raw.AsSpan(1, word.Length - 1)) || !char.IsLetter(word[0]) || CommitmentRules.IsNeverName(word))
        {
            return false;
        }

        // Whether a word names a speaker is asked once per distinct word, not once per use.
        if (!speakerWords.TryGetValue(word, out bool isSpeaker))
        {
            isSpeaker = speakers.Resolve(word) is not null;
            speakerWords[word] = isSpeaker;
        }

        return !isSpeaker;
    }

    private static bool IsLowerLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string? NextOtherSpeaker(IReadOnlyList<TranscriptSentence> sentences, int index)
    {
        string? speaker = sentences[index].Speaker;
        for (int i = index + 1; i < sentences.Count && i <= index + 4; i++)
        {
            if (sentences[i].Speaker is { } next && !next.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return next;
            }
        }

        return null;
    }

    private static void Vote(Dictionary<string, Dictionary<string, int>> votes, string name, string speaker, int weight)
    {
        if (!votes.TryGetValue(name, out Dictionary<string, int>? bySpeaker))
        {
            bySpeaker = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            votes[name] = bySpeaker;
        }

        bySpeaker[speaker] = bySpeaker.GetValueOrDefault(speaker) + weight;
    }
}
