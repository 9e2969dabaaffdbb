using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ActionTracker.TestSupport;

/// <summary>
/// Counts the table rows storage answers carry back, per table, at the HTTP level (a query page counts its entities, a
/// point read one). Azurite scans whole tables internally, so elapsed time alone cannot show what a read touched; this does.
/// </summary>
public sealed class RowReadCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, int> _rows = new(StringComparer.Ordinal);

    /// <summary>Rows read from tables whose full name ends with <paramref name="tableSuffix"/> (names carry a test prefix).</summary>
    public int Rows(string tableSuffix) => _rows.Where(r => r.Key.EndsWith(tableSuffix, StringComparison.Ordinal)).Sum(r => r.Value);

    public int Total => _rows.Values.Sum();

    public IReadOnlyDictionary<string, int> ByTable => new Dictionary<string, int>(_rows, StringComparer.Ordinal);

    public void Reset() => _rows.Clear();

    public override void OnReceivedResponse(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method != RequestMethod.Get || message.Response.Status != 200)
        {
            return;
        }

        string path = message.Request.Uri.Path;
        string last = path[(path.LastIndexOf('/') + 1)..];
        int paren = last.IndexOf('(', StringComparison.Ordinal);
        string table = paren < 0 ? last : last[..paren];
        if (table.Length == 0 || table == "Tables")
        {
            return;
        }

        using JsonDocument body = JsonDocument.Parse(message.Response.Content.ToMemory());
        int rows = body.RootElement.TryGetProperty("value", out JsonElement value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 1;
        _rows.AddOrUpdate(table, rows, (_, n) => n + rows);
    }
}
