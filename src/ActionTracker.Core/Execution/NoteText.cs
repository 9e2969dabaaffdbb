using System.Globalization;
using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Execution;

/// <summary>Notes are an append-only log of dated lines.</summary>
internal static class NoteText
{
    public static string Append(string? notes, string text, RequesterProfile author, DateTimeOffset now)
    {
        string day = ZonedTime.Today(now, author.TimeZoneId).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string line = $"{day} {author.Person.DisplayName}: {text.Trim()}";
        return string.IsNullOrEmpty(notes) ? line : notes + "\n" + line;
    }
}
