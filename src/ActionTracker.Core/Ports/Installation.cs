using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>A platform install of the bot in one tenant (a Slack workspace or org) with the credentials to act there.</summary>
public sealed record Installation
{
    public required TenantKey Tenant { get; init; }

    /// <summary>The bot token; a secret: stored encrypted and never logged.</summary>
    public required string BotToken { get; init; }

    public string? BotUserId { get; init; }

    public string? AppId { get; init; }

    public PersonRef? InstalledBy { get; init; }

    public required DateTimeOffset InstalledAt { get; init; }

    public string? Version { get; init; }

    /// <summary>Keeps the token out of logs and exception messages.</summary>
    public override string ToString() => $"Installation {{ Tenant = {Tenant}, BotUserId = {BotUserId}, AppId = {AppId} }}";
}
