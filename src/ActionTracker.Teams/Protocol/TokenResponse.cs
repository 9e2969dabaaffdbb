using System.Text.Json.Serialization;

namespace ActionTracker.Teams.Protocol;

/// <summary>An OAuth2 client-credentials answer (snake_case on the wire).</summary>
public sealed record TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }
}
