using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Reminders;

/// <summary>One DM the sweep sends (or, in a dry run, would send): to whom, about which items, and when.</summary>
/// <param name="Rungs">The ladder rung of each item (same order), e.g. <c>202612041600:b3</c>: what was reminded, for audit.</param>
/// <param name="PossibleRepeat">True when a stopped instance had claimed these rungs and may have sent them already (the declared gap).</param>
public sealed record ReminderMessage(string Kind, TenantKey Tenant, PersonRef To, IReadOnlyList<ItemNumber> Items, DateTimeOffset At, IReadOnlyList<string> Rungs, bool PossibleRepeat = false);
