namespace ActionTracker.Core.Commands;

/// <summary>
/// A platform mention, already resolved to a user id. Channel adapters rewrite Teams <c>&lt;at&gt;</c> mentions and Slack
/// <c>&lt;@U123|name&gt;</c> into the canonical <c>&lt;@ID&gt;</c> form before parsing.
/// </summary>
public sealed record MentionedPerson(string Id) : PersonSpec;
