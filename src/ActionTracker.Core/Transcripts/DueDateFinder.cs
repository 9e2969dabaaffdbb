using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Transcripts;

/// <summary>The first date expression in a sentence ("by Friday", "before the 5th", "next week"), resolved against the meeting date.</summary>
internal static class DueDateFinder
{
    /// <summary>The meeting is taken to happen at midday, so "today" and "tomorrow" resolve to whole days.</summary>
    private static readonly TimeOnly MeetingTime = new(12, 0);

    /// <summary>What dates are resolved against: midday of the meeting date in its zone; null without a meeting date.</summary>
    public static DateContext? ContextFor(ExtractionContext context) =>
        context.MeetingDate is { } meetingDate
            ? new DateContext(ZonedTime.ToUtc(meetingDate, MeetingTime, context.TimeZoneId), context.TimeZoneId, DayMonthOrder.Unknown)
            : null;

    public static DateOnly? Find(TranscriptSentence sentence, DateContext? dateContext)
    {
        if (dateContext is null)
        {
            return null;
        }

        string[] words = sentence.Words;
        for (int i = 0; i < words.Length; i++)
        {
            if (!MayStartDate(words[i]))
            {
                continue;
            }

            int length = DateResolver.MatchLength(sentence.Raw, i);
            // A bare "on" or "by" is no date; demand a word that names one.
            if (length == 0 || (length == 1 && words[i] is "on" or "by" or "due" or "before" or "until" or "till"))
            {
                continue;
            }

            string expression = string.Join(' ', sentence.Raw, i, length);
            if (DateResolver.Resolve(expression, dateContext) is ResolvedDate resolved)
            {
                return resolved.Date;
            }
        }

        return null;
    }

    private static bool MayStartDate(string word) => word is "by" or "before" or "until" or "till" or "due" or "on" or "next" or "this"
        or "tomorrow" or "today" or "tonight" or "end" or "eod" or "eow" or "eom" or "in" or "within"
        or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";
}
