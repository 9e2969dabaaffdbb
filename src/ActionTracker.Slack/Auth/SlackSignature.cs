using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ActionTracker.Slack.Auth;

/// <summary>Slack's v0 request signing: HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c>, within ±5 minutes.</summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Slack rejects older requests itself; checking both sides also stops post-dated replays.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static SignatureCheck Verify(string? signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        // Fail closed: no secret means nothing can be verified.
        if (string.IsNullOrEmpty(signingSecret) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SignatureCheck.StaleTimestamp;
        }

        long skew = Math.Abs(now.ToUnixTimeSeconds() - seconds);
        if (skew > (long)Window.TotalSeconds)
        {
            return SignatureCheck.StaleTimestamp;
        }

        byte[] expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        byte[] actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.BadSignature;
    }

    /// <summary>The <c>v0=…</c> header value for a body; also used by tests and local tools to sign requests.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        byte[] prefix = Encoding.UTF8.GetBytes("v0:" + timestamp + ":");
        byte[] message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }
}
