namespace ActionTracker.Teams.Handlers;

/// <summary>What the host writes back: a status and an optional UTF-8 JSON body.</summary>
public sealed record TeamsHttpResponse(int StatusCode, byte[]? JsonBody = null);
