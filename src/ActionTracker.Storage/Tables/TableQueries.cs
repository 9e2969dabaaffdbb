using Azure.Data.Tables;
using CorePage = ActionTracker.Core.Ports.ResultPage<Azure.Data.Tables.TableEntity>;

namespace ActionTracker.Storage.Tables;

/// <summary>Paged reads that honour continuation tokens, so listings work past Table Storage's 1,000-row pages.</summary>
internal static class TableQueries
{
    public const int MaxPageSize = 1000;

    /// <summary>
    /// Reads one page of at most <paramref name="pageSize"/> rows. Server-side filters can yield empty pages with a
    /// continuation; those are followed so a caller sees rows or the end, never an empty page with more to come.
    /// </summary>
    public static async Task<CorePage> ReadPageAsync(
        TableClient table, string filter, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        int size = Math.Clamp(pageSize, 1, MaxPageSize);
        string? token = string.IsNullOrEmpty(continuationToken) ? null : continuationToken;
        while (true)
        {
            bool sawPage = false;
            await foreach (Azure.Page<TableEntity> page in table
                .QueryAsync<TableEntity>(filter, size, cancellationToken: cancellationToken)
                .AsPages(token, size))
            {
                sawPage = true;
                token = page.ContinuationToken;
                if (page.Values.Count > 0 || token is null)
                {
                    return new CorePage(page.Values, token);
                }

                break;
            }

            if (!sawPage || token is null)
            {
                return new CorePage([], null);
            }
        }
    }

    /// <summary>Every row matching <paramref name="filter"/>, page by page.</summary>
    public static async Task<List<TableEntity>> ReadAllAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(filter, MaxPageSize, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
