namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Wrap-ups hand out tasks as a list once the first one has a verb: "you'll work on the budget. And Tom, the slides.
/// And for you the venue." Next to a clear assignment by the same speaker, a sentence that starts by addressing
/// someone and goes on with a noun phrase is an assignment too.
/// </summary>
internal static class AssignmentListRules
{
    /// <summary>How many sentences before or after a clear assignment a listed one may be.</summary>
    public const int Reach = 4;

    /// <summary>Why a listed task was picked; its noun phrase becomes a task with <see cref="AsTask"/>.</summary>
    public const string Reason = "task in a wrap-up list";

    /// <summary>A listed task starting at word <paramref name="from"/> (a sentence may list several, comma by comma), or null.</summary>
    public static CommitmentMatch? Find(TranscriptSentence sentence, SpeakerDirectory speakers, int from = 0, int minContentWords = 2)
    {
        string[] words = sentence.Words;
        if (sentence.IsQuestion)
        {
            return null;
        }

        int i = from;
        while (i < words.Length && words[i] is "and" or "um" or "uh" or "so" or "then" or "also" or "for" or "now" or "okay" or "right" or "the" or "our")
        {
            i++;
        }

        if (i >= words.Length)
        {
            return null;
        }

        int taskStart;
        string? named = null;
        if (words[i] == "you")
        {
            taskStart = i + 1;
        }
        else if (speakers.FindMentions(words).FirstOrDefault(m => m.Index == i) is { Length: > 0 } mention && !mention.Speaker.Equals(sentence.Speaker, StringComparison.OrdinalIgnoreCase))
        {
            named = mention.Speaker;
            taskStart = i + mention.Length;
        }
        else if (i > 0 && LooksLikeFirstName(sentence, i))
        {
            // "and Sammy, the product evaluation": a first name the transcript's labels do not know; resolved later.
            taskStart = i + 1;
        }
        else
        {
            return null;
        }

        while (taskStart < words.Length && words[taskStart] is "it's" or "is" or "are" or "of" or "course" or "you" or "um" or "uh" or "they" or "want" or "that's" or "for" or "two" or "guys" or "each" or "have" or "get" or "gets")
        {
            taskStart++;
        }

        // "Marcus, we need a write-up", "Dana, I think…": a sentence of its own after the name, not a listed task.
        if (taskStart < words.Length && words[taskStart] is "we" or "i" or "we'll" or "i'll" or "we're" or "i'm" or "we've" or "i've" or "they" or "you're"
            or "will" or "would" or "receive" or "hear" or "know" or "think" or "said" or "see" or "mean")
        {
            return null;
        }

        // "So you have half an hour to…", "you've got five minutes": time to work in, not the work.
        if (words.Skip(taskStart).Take(3).Any(w => w is "hour" or "hours" or "minute" or "minutes"))
        {
            return null;
        }

        int content = words.Skip(taskStart).Count(ContentWords.IsContent);
        if (content < minContentWords || words.Length - taskStart > 25)
        {
            return null;
        }

        return new CommitmentMatch
        {
            Kind = named is null ? CommitmentKind.Addressee : CommitmentKind.Named,
            TaskStart = taskStart,
            Named = named,
            Confidence = 0.5,
            Reason = Reason,
        };
    }

    private static bool LooksLikeFirstName(TranscriptSentence sentence, int i)
    {
        string raw = sentence.Raw[i].TrimEnd(',');
        string word = sentence.Words[i];
        return raw.Length >= 3 && char.IsUpper(raw[0]) && raw.Skip(1).All(char.IsLower) && !CommitmentRules.IsNeverName(word);
    }

    /// <summary>"The user interface design" → "Work on the user interface design"; phrases that start with a verb stay.</summary>
    public static string AsTask(string phrase)
    {
        string first = TranscriptSentenceSplitter.Normalize(phrase.Split(' ')[0]);
        if (Signals.IsWorkVerb(first) || Signals.IsWorkVerb(TaskPhraseBuilder.BaseForm(first)))
        {
            return phrase;
        }

        return "Work on " + char.ToLowerInvariant(phrase[0]) + phrase[1..];
    }
}
