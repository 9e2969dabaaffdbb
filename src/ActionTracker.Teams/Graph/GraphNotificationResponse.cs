namespace ActionTracker.Teams.Graph;

/// <summary>What <c>POST /graph/notifications</c> answers: a status, and for the handshake the echoed token as text/plain.</summary>
public sealed record GraphNotificationResponse(int StatusCode, string? PlainText = null);
