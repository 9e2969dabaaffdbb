namespace ActionTracker.Teams.Auth;

/// <summary>A token that passed every check, the key that signed it and when its lifetime (with skew) ends.</summary>
internal sealed record ValidatedToken(string Kid, SigningKey Key, DateTimeOffset ValidUntil, AuthResult Result);
