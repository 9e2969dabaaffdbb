using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Per-tenant numbers (#42, D7) from a counter row, taken in the same transaction that inserts the numbered rows:
/// a number is used exactly when its rows exist, so numbers are never duplicated and never skipped.
/// Concurrent writers race on the counter's ETag; the loser reads it again.
/// </summary>
internal static class TenantSequence
{
    /// <summary>Enough for heavy contention on one tenant (16 concurrent creators measured).</summary>
    public const int MaxAttempts = 100;

    /// <param name="buildRows">Rows to insert for a candidate number; may do work that must precede the insert.</param>
    /// <returns>The number taken and the sub-responses (counter first, then the rows), or null after too much contention.</returns>
    public static async Task<(long Number, IReadOnlyList<Response> Responses)?> InsertNextAsync(
        TableClient table,
        string partition,
        string counterKey,
        long maxValue,
        Func<long, CancellationToken, Task<IReadOnlyList<TableEntity>>> buildRows,
        Action<int>? onRetry,
        CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            NullableResponse<TableEntity> counter = await table.GetEntityIfExistsAsync<TableEntity>(partition, counterKey, cancellationToken: cancellationToken);
            long last = counter.HasValue ? counter.Value!.GetInt64("Last") ?? 0 : 0;
            if (last >= maxValue)
            {
                throw new InvalidOperationException("The tenant's number range is exhausted.");
            }

            long next = last + 1;
            var batch = new PartitionBatch(partition);
            var counterRow = new TableEntity(partition, counterKey) { ["Last"] = next };
            if (counter.HasValue)
            {
                batch.Add(TableTransactionActionType.UpdateReplace, counterRow, counter.Value!.ETag);
            }
            else
            {
                batch.Add(TableTransactionActionType.Add, counterRow);
            }

            foreach (TableEntity row in await buildRows(next, cancellationToken))
            {
                batch.Add(TableTransactionActionType.Add, row);
            }

            try
            {
                Response<IReadOnlyList<Response>> response = await table.SubmitTransactionAsync(batch.Actions, cancellationToken);
                return (next, response.Value);
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another writer took this number first. Jitter spreads the retries (physical contention, not logical time).
                onRetry?.Invoke(attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, Math.Min(2 << Math.Min(attempt, 5), 40))), cancellationToken);
            }
        }

        return null;
    }
}
