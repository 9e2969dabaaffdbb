namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Raises or lowers a decision cue's confidence: a ruling by whoever leads the meeting, said at some length in the
/// second half, about the subject (several meaningful words) and agreed to by someone else is likelier a decision;
/// talk about the meeting itself (the break, the minutes, the next meeting) is not.
/// </summary>
internal static class DecisionSignals
{
    private static readonly HashSet<string> MeetingWords = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "minutes", "break", "lunch", "agenda", "presentation", "presentations", "questionnaire",
        "email", "e-mail", "mail", "conclude", "slides", "slide", "summary", "notes", "call", "calls", "today",
        "tomorrow", "week", "started", "discuss", "discussing", "discussion", "talk", "talking", "present", "presenting",
        "debrief",
    };

    /// <summary>"We decided last time…", "we agreed last quarter…": a decision from before, recalled, not taken now.</summary>
    private static readonly HashSet<string> EarlierTimes = new(StringComparer.Ordinal) { "time", "week", "month", "quarter", "year", "meeting" };

    private static readonly HashSet<string> AgreementWords = new(StringComparer.Ordinal)
    {
        "agreed", "agree", "exactly", "definitely", "absolutely", "fine", "perfect", "great", "sounds", "deal",
    };

    /// <summary>Whether another speaker agrees in the next few sentences ("agreed", "sounds good", "yeah, fine").</summary>
    public static bool IsAgreedTo(List<TranscriptSentence> sentences, int index)
    {
        string? speaker = sentences[index].Speaker;
        for (int i = index + 1; i < sentences.Count && i <= index + 3; i++)
        {
            TranscriptSentence next = sentences[i];
            if (next.Speaker is null || string.Equals(next.Speaker, speaker, StringComparison.OrdinalIgnoreCase) || next.IsQuestion)
            {
                continue;
            }

            string[] words = next.Words;
            for (int w = 0; w < words.Length && w < 4; w++)
            {
                if (AgreementWords.Contains(words[w]) || (words[w] is "good" && w > 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static int ContentWordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TranscriptSentenceSplitter.Normalize).Count(ContentWords.IsContent);

    public static double Adjust(TranscriptSentence sentence, int textStart, string? chair)
    {
        double adjust = 0;
        // Openings present the agenda and the brief; things get settled in the second half.
        adjust += sentence.Position >= 0.5 ? 0.1 : sentence.Position < 0.3 ? -0.05 : 0;

        if (chair is not null && string.Equals(sentence.Speaker, chair, StringComparison.OrdinalIgnoreCase))
        {
            adjust += 0.1;
        }

        // Decisions are stated at some length; one-liners are mostly reactions.
        adjust += sentence.Words.Length >= 25 ? 0.1 : sentence.Words.Length >= 12 ? 0.05 : 0;

        int content = 0;
        bool aboutMeeting = false;
        for (int i = textStart; i < sentence.Words.Length; i++)
        {
            string word = sentence.Words[i];
            // "Let's go around", "the usual round": taking turns to speak.
            aboutMeeting |= MeetingWords.Contains(word) || (word is "round" or "around" && i > 0 && sentence.Words[i - 1] is "go" or "usual" or "quick");
            content += ContentWords.IsContent(word) ? 1 : 0;
        }

        if (aboutMeeting)
        {
            adjust -= 0.25;
        }

        for (int i = Math.Max(0, textStart - 2); i + 1 < sentence.Words.Length && i < textStart + 2; i++)
        {
            if (sentence.Words[i] is "last" && EarlierTimes.Contains(sentence.Words[i + 1]))
            {
                adjust -= 0.3;
                break;
            }
        }

        return adjust + (content < 2 ? -0.3 : Math.Min(0.15, 0.05 * (content - 2)));
    }
}
