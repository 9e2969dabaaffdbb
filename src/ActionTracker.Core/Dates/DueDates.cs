using System.Globalization;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Dates;

/// <summary>Turns resolved dates into stored deadlines and renders them back as absolute local dates.</summary>
public static class DueDates
{
    /// <summary>A date-only deadline means the end of the owner's working day.</summary>
    public static readonly TimeOnly EndOfWorkingDay = new(17, 0);

    /// <summary>
    /// No time: the date at 17:00 in the owner's zone (the owner does the work). A time: that wall-clock time in the
    /// requester's zone (the person who typed "3pm" meant their 3pm). Either way the deadline is shown in the owner's zone.
    /// </summary>
    public static DueDate Create(ResolvedDate resolved, string requesterTimeZoneId, string ownerTimeZoneId)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        string owner = ZonedTime.Normalize(ownerTimeZoneId);
        DateTimeOffset utc = resolved.Time is { } time
            ? ZonedTime.ToUtc(resolved.Date, time, ZonedTime.Normalize(requesterTimeZoneId))
            : ZonedTime.ToUtc(resolved.Date, EndOfWorkingDay, owner);
        return new DueDate { Utc = utc, TimeZoneId = owner, HasTime = resolved.Time is not null };
    }

    /// <summary>"Fri 27 Nov 2026", plus " 15:00" when a time was given, in the deadline's own zone.</summary>
    public static string Format(DueDate due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return Format(due, due.TimeZoneId);
    }

    /// <summary>As <see cref="Format(DueDate)"/>, in the viewer's zone.</summary>
    public static string Format(DueDate due, string viewerTimeZoneId)
    {
        ArgumentNullException.ThrowIfNull(due);
        DateTimeOffset local = ZonedTime.ToLocal(due.Utc, viewerTimeZoneId);
        return local.ToString(due.HasTime ? "ddd d MMM yyyy HH:mm" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>The calendar date of the deadline in its own zone.</summary>
    public static DateOnly LocalDate(DueDate due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return DateOnly.FromDateTime(ZonedTime.ToLocal(due.Utc, due.TimeZoneId).DateTime);
    }

    /// <summary>
    /// The deadline for someone who may live in another zone. Same zone, no requester, or the same local date and time
    /// in both zones: just <see cref="Format(DueDate)"/>. Otherwise
    /// "{owner rendering} ({owner zone}); {requester date} {HH:mm} your time ({requester zone})", e.g.
    /// "Fri 27 Nov 2026 (Europe/Berlin); Fri 27 Nov 2026 11:00 your time (America/New_York)". The requester's part
    /// always carries the time because across zones the instant is what matters (17:00 Berlin is 11:00 in New York).
    /// </summary>
    public static string Describe(DueDate due, string? requesterTimeZoneId)
    {
        ArgumentNullException.ThrowIfNull(due);
        string owned = Format(due);
        if (requesterTimeZoneId is null)
        {
            return owned;
        }

        string owner = ZonedTime.Normalize(due.TimeZoneId);
        string requester = ZonedTime.Normalize(requesterTimeZoneId);
        DateTimeOffset ownerLocal = ZonedTime.ToLocal(due.Utc, owner);
        DateTimeOffset requesterLocal = ZonedTime.ToLocal(due.Utc, requester);
        if (owner == requester || ownerLocal.DateTime == requesterLocal.DateTime)
        {
            return owned;
        }

        string theirs = requesterLocal.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        return $"{owned} ({owner}); {theirs} your time ({requester})";
    }
}
