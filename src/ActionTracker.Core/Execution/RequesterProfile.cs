using ActionTracker.Core.Dates;
using ActionTracker.Core.People;

namespace ActionTracker.Core.Execution;

/// <summary>The requester as far as a command needs: their zone (stored profile, else what the platform said, else UTC) and admin status.</summary>
internal sealed record RequesterProfile(PersonRef Person, string TimeZoneId, bool IsAdmin, Person? Stored)
{
    public static RequesterProfile From(CommandContext context, Person? stored)
    {
        string zone = stored?.TimeZoneId is { } saved && ZonedTime.IsValidZone(saved)
            ? saved
            : context.RequesterTimeZoneId is { } platform && ZonedTime.IsValidZone(platform) ? platform : "UTC";
        return new RequesterProfile(context.Requester, zone, stored?.IsAdmin ?? false, stored);
    }
}
