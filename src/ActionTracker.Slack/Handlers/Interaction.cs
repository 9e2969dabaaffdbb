using System.Text.Json.Nodes;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Slack.Handlers;

/// <summary>The authenticated parts of an interactivity payload every kind shares.</summary>
public sealed record Interaction(JsonObject Payload, TenantKey Tenant, SlackUser User, string? ResponseUrl, string? TriggerId);
