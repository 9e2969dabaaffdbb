using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>Rows holding one JSON document, written with optimistic concurrency.</summary>
internal static class DocumentRows
{
    public const string Column = "Document";

    /// <summary>
    /// Inserts when <paramref name="version"/> is null, otherwise replaces only if the stored ETag still matches.
    /// Returns the new ETag, or null on a conflict (already exists, changed, or deleted meanwhile).
    /// </summary>
    public static async Task<string?> SaveAsync(
        TableClient table, string partitionKey, string rowKey, string json, string? version, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, object>? queryableColumns = null)
    {
        var row = new TableEntity(partitionKey, rowKey) { [Column] = json };
        foreach ((string name, object value) in queryableColumns ?? new Dictionary<string, object>())
        {
            row[name] = value;
        }

        try
        {
            Response response = version is null
                ? await table.AddEntityAsync(row, cancellationToken)
                : await table.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString() ?? string.Empty;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    public static async Task<(string Json, string Version)?> GetAsync(
        TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value!.GetString(Column) is not { } json)
        {
            return null;
        }

        return (json, row.Value.ETag.ToString());
    }
}
