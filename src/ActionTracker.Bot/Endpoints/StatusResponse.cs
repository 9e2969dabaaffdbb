namespace ActionTracker.Bot.Endpoints;

/// <summary>Body of the health and error answers: a status word and, when something is wrong, why.</summary>
internal sealed record StatusResponse(string Status, string? Reason = null);
