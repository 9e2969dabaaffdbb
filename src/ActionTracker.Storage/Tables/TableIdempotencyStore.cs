using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Claim rows in the Dedupe table (PartitionKey = tenant, RowKey = escaped key). Inserting a row is the claim;
/// its ETag is the claim token, so completing or releasing is conditional on still owning it.
/// </summary>
internal sealed class TableIdempotencyStore : IIdempotencyStore
{
    private const string Claimed = "claimed";
    private const string Completed = "completed";

    private readonly StorageTables _tables;
    private readonly TimeProvider _time;

    public TableIdempotencyStore(StorageTables tables, TimeProvider time)
    {
        _tables = tables;
        _time = time;
    }

    public Task<IdempotencyClaim> TryClaimAsync(TenantKey tenant, string key, TimeSpan staleAfter, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => TryClaimCoreAsync(tenant, key, staleAfter, cancellationToken), cancellationToken);

    public Task<bool> IsCompletedAsync(TenantKey tenant, string key, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Dedupe, cancellationToken);
                NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(
                    KeyEncoder.Encode(tenant.Value), KeyEncoder.Encode(key), cancellationToken: cancellationToken);
                return row.HasValue && row.Value!.GetString("State") == Completed;
            },
            cancellationToken);

    public Task<bool> CompleteAsync(IdempotencyClaim claim, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(claim);
                if (claim.State != ClaimState.Claimed || claim.Token is null)
                {
                    throw new InvalidOperationException("Only a held claim can be completed.");
                }

                TableClient table = await _tables.GetAsync(TableNames.Dedupe, cancellationToken);
                var row = new TableEntity(KeyEncoder.Encode(claim.Tenant.Value), KeyEncoder.Encode(claim.Key))
                {
                    ["State"] = Completed,
                    ["CompletedAt"] = _time.GetUtcNow(),
                };
                try
                {
                    await table.UpdateEntityAsync(row, new ETag(claim.Token), TableUpdateMode.Replace, cancellationToken);
                    return true;
                }
                catch (RequestFailedException exception) when (exception.Status is 404 or 412)
                {
                    return false;
                }
            },
            cancellationToken);

    public Task ReleaseAsync(IdempotencyClaim claim, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(claim);
                if (claim.State != ClaimState.Claimed || claim.Token is null)
                {
                    return;
                }

                TableClient table = await _tables.GetAsync(TableNames.Dedupe, cancellationToken);
                try
                {
                    await table.DeleteEntityAsync(KeyEncoder.Encode(claim.Tenant.Value), KeyEncoder.Encode(claim.Key), new ETag(claim.Token), cancellationToken);
                }
                catch (RequestFailedException exception) when (exception.Status is 404 or 412)
                {
                    // Already retaken by someone else or gone: nothing of ours to release.
                }
            },
            cancellationToken);

    private async Task<IdempotencyClaim> TryClaimCoreAsync(TenantKey tenant, string key, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        string partition = KeyEncoder.Encode(tenant.Value);
        string rowKey = KeyEncoder.Encode(key);
        TableClient table = await _tables.GetAsync(TableNames.Dedupe, cancellationToken);

        // Two rounds: a claim released between our insert and our read is simply inserted again.
        for (int round = 0; round < 2; round++)
        {
            DateTimeOffset now = _time.GetUtcNow();
            var claimRow = new TableEntity(partition, rowKey) { ["State"] = Claimed, ["ClaimedAt"] = now };
            try
            {
                Response added = await table.AddEntityAsync(claimRow, cancellationToken);
                return new IdempotencyClaim(tenant, key, ClaimState.Claimed, added.Headers.ETag?.ToString());
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                // Someone claimed it before: look at their claim.
            }

            NullableResponse<TableEntity> existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                continue;
            }

            TableEntity row = existing.Value!;
            if (row.GetString("State") == Completed)
            {
                return new IdempotencyClaim(tenant, key, ClaimState.AlreadyCompleted, null);
            }

            DateTimeOffset claimedAt = row.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue;
            if (now - claimedAt < staleAfter)
            {
                return new IdempotencyClaim(tenant, key, ClaimState.InProgress, null);
            }

            // The holder went quiet (crashed): retake, conditional on nobody else retaking first.
            try
            {
                Response retaken = await table.UpdateEntityAsync(claimRow, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return new IdempotencyClaim(tenant, key, ClaimState.Claimed, retaken.Headers.ETag?.ToString(), Retaken: true);
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412)
            {
                return new IdempotencyClaim(tenant, key, ClaimState.InProgress, null);
            }
        }

        return new IdempotencyClaim(tenant, key, ClaimState.InProgress, null);
    }
}
