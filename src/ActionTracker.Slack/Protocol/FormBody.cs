using System.Text;

namespace ActionTracker.Slack.Protocol;

/// <summary>Strict <c>application/x-www-form-urlencoded</c> parsing: <c>+</c> is a space, bad escapes make the body malformed.</summary>
public static class FormBody
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public static bool TryParse(ReadOnlySpan<byte> body, out IReadOnlyDictionary<string, string> fields)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        fields = result;
        string text;
        try
        {
            text = Strict.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (text.Length == 0)
        {
            return false;
        }

        foreach (string pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? pair : pair[..equals];
            string value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            if (!TryDecode(name, out string? decodedName) || !TryDecode(value, out string? decodedValue) || decodedName.Length == 0)
            {
                return false;
            }

            result[decodedName] = decodedValue;
        }

        return result.Count > 0;
    }

    private static bool TryDecode(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? decoded)
    {
        decoded = null;
        var bytes = new List<byte>(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !Uri.IsHexDigit(value[i + 1]) || !Uri.IsHexDigit(value[i + 2]))
                {
                    return false;
                }

                bytes.Add((byte)((Uri.FromHex(value[i + 1]) << 4) | Uri.FromHex(value[i + 2])));
                i += 2;
            }
            else if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        try
        {
            decoded = Strict.GetString([.. bytes]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
