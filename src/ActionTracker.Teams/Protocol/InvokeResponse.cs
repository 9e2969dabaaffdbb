using System.Text.Json.Nodes;

namespace ActionTracker.Teams.Protocol;

/// <summary>The body of an <c>adaptiveCard/action</c> answer: a refreshed card, or an error.</summary>
public sealed record InvokeResponse(int StatusCode, string Type, JsonNode Value);
