using ActionTracker.Core.Dates;
using ActionTracker.Core.People;

namespace ActionTracker.Slack.Handlers;

/// <summary>What users.info told us about a person: the stored profile after saving, the name to use, the date order of their locale.</summary>
public sealed record SlackProfile(Person? Stored, PersonRef Requester, DayMonthOrder Order);
