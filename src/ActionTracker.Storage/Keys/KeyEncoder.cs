using System.Globalization;
using System.Text;

namespace ActionTracker.Storage.Keys;

/// <summary>
/// Makes any id safe inside a PartitionKey or RowKey: Table Storage forbids <c>/ \ # ?</c> and control
/// characters, and <c>|</c> separates our key segments. Those (and <c>%</c>) are percent-escaped, so the
/// encoding is reversible and two different ids never share a key.
/// </summary>
internal static class KeyEncoder
{
    /// <summary>Azure allows 1 KiB per key; segments stay well below so composite keys fit.</summary>
    public const int MaxSegmentLength = 400;

    public static string Encode(string value)
    {
        if (!TryEncode(value, out string? encoded, out string? error))
        {
            throw new ArgumentException(error, nameof(value));
        }

        return encoded;
    }

    public static bool TryEncode(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? encoded, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        encoded = null;
        if (string.IsNullOrEmpty(value))
        {
            error = "A storage key segment may not be empty.";
            return false;
        }

        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                error = "A storage key may not contain control characters.";
                return false;
            }

            if (c is '/' or '\\' or '#' or '?' or '%' or '|')
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length > MaxSegmentLength)
        {
            error = $"A storage key segment may be at most {MaxSegmentLength} characters.";
            return false;
        }

        encoded = builder.ToString();
        error = null;
        return true;
    }

    public static string Decode(string encoded) => Uri.UnescapeDataString(encoded);
}
