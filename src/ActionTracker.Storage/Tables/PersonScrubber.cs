using System.Text.RegularExpressions;
using ActionTracker.Storage.Keys;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>Replaces the id (plain and key-encoded) and the names, each as a whole word, in every string column and the RowKey.</summary>
internal sealed class PersonScrubber
{
    private const int MinNameLength = 3;

    private readonly (Regex Pattern, string Replacement)[] _rules;

    public PersonScrubber(string personId, string replacementId, string replacementName, IEnumerable<string> names)
    {
        var rules = new List<(Regex, string)> { (Whole(personId), replacementId) };
        string encoded = KeyEncoder.Encode(personId);
        if (encoded != personId)
        {
            rules.Add((Whole(encoded), KeyEncoder.Encode(replacementId)));
        }

        foreach (string name in names.Where(n => n.Trim().Length >= MinNameLength).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length))
        {
            rules.Add((Whole(name.Trim()), replacementName));
        }

        _rules = [.. rules];
    }

    /// <summary>A copy with every match replaced, or null when the row does not name the person.</summary>
    public TableEntity? Scrub(TableEntity row)
    {
        string rowKey = Replace(row.RowKey);
        var copy = new TableEntity(row.PartitionKey, rowKey);
        bool changed = rowKey != row.RowKey;
        foreach ((string key, object value) in row)
        {
            if (key is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
            {
                continue;
            }

            if (value is string text)
            {
                string replaced = Replace(text);
                changed |= replaced != text;
                copy[key] = replaced;
            }
            else
            {
                copy[key] = value;
            }
        }

        return changed ? copy : null;
    }

    /// <summary>The text with the person's id and names replaced, each as a whole word.</summary>
    public string Replace(string text)
    {
        foreach ((Regex pattern, string replacement) in _rules)
        {
            text = pattern.Replace(text, replacement);
        }

        return text;
    }

    private static Regex Whole(string value) =>
        new(@"(?<![\p{L}\p{N}_-])" + Regex.Escape(value) + @"(?![\p{L}\p{N}_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
