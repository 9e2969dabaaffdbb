using System.Globalization;

namespace ActionTracker.Core.Items;

/// <summary>The per-tenant short id of an item, shown as <c>#42</c>.</summary>
public readonly record struct ItemNumber(long Value)
{
    /// <summary>Ten digits: far beyond any tenant's item count, and fixed width keeps keys ordered.</summary>
    public const long MaxValue = 9_999_999_999;

    public static bool TryParse(string? text, out ItemNumber number)
    {
        number = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        ReadOnlySpan<char> span = text.AsSpan().Trim();
        if (span.StartsWith("#"))
        {
            span = span[1..];
        }

        if (span.Length is 0 or > 10 || !span.ContainsOnlyDigits())
        {
            return false;
        }

        long value = long.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value is < 1 or > MaxValue)
        {
            return false;
        }

        number = new ItemNumber(value);
        return true;
    }

    public override string ToString() => "#" + Value.ToString(CultureInfo.InvariantCulture);
}
