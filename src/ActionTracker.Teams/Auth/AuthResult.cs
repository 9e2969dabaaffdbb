namespace ActionTracker.Teams.Auth;

/// <summary>Outcome of inbound authentication: 200 (ok), 401 or 403 with a reason for the log.</summary>
public sealed record AuthResult(int StatusCode, string Reason, string? ServiceUrlClaim, IReadOnlyList<string> Endorsements)
{
    public bool IsOk => StatusCode == 200;

    public static AuthResult Unauthorized(string reason) => new(401, reason, null, []);

    public static AuthResult Forbidden(string reason) => new(403, reason, null, []);
}
