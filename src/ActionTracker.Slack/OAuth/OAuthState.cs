using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ActionTracker.Slack.OAuth;

/// <summary>
/// The OAuth <c>state</c>: a random nonce and its expiry, MAC'd with a key derived from the client secret, so a state
/// we did not issue (or an expired one) is refused without a lookup. Single use is enforced by the caller's claim.
/// </summary>
public static class OAuthState
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string Issue(string clientSecret, DateTimeOffset now)
    {
        string nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        string expires = now.Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string payload = nonce + "." + expires;
        return payload + "." + Mac(clientSecret, payload);
    }

    /// <summary>The nonce when the state is ours and unexpired; null otherwise.</summary>
    public static string? Validate(string clientSecret, string? state, DateTimeOffset now)
    {
        string[] parts = state?.Split('.') ?? [];
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long expires))
        {
            return null;
        }

        byte[] expected = Encoding.ASCII.GetBytes(Mac(clientSecret, parts[0] + "." + parts[1]));
        byte[] actual = Encoding.ASCII.GetBytes(parts[2]);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual) || now.ToUnixTimeSeconds() > expires)
        {
            return null;
        }

        return parts[0];
    }

    private static string Mac(string clientSecret, string payload)
    {
        byte[] key = SHA256.HashData(Encoding.UTF8.GetBytes("slack-oauth-state:" + clientSecret));
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)));
    }
}
