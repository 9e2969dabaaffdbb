using System.Globalization;
using System.Text.Json;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Meetings table, one partition per tenant: <c>meeting|{n}</c> (the meeting and its draft as JSON, split over columns
/// because one string column holds 32 K characters), <c>hash|{sha256}</c> → meeting number (one draft per transcript,
/// inserted in the same transaction as the meeting), <c>input|{id}</c> (pasted text waiting for extraction, or kept for
/// the raw-transcript retention with a <c>DeleteAfter</c> instant), and the meeting counter. Kept text is also listed in
/// the global TranscriptExpiry table (PartitionKey = UTC day it expires, RowKey = tenant | input id), like the due
/// index, so the retention sweep never scans tenants.
/// </summary>
internal sealed class TableMeetingStore : IMeetingStore
{
    private const string Counter = "counter";
    internal const string MeetingPrefix = "meeting|";
    private const string HashPrefix = "hash|";
    internal const string InputPrefix = "input|";
    private const string DeleteAfterColumn = "DeleteAfter";
    private const long MaxNumber = 9_999_999_999;

    /// <summary>Characters per string column (Table Storage allows 64 KiB = 32 K UTF-16 characters).</summary>
    private const int ChunkChars = 30_000;

    /// <summary>Columns per row: 30 × 30 K characters stays under the 1 MiB entity limit.</summary>
    private const int MaxChunks = 15;

    private readonly StorageTables _tables;

    public TableMeetingStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<StoreResult<MeetingDraft>> CreateAsync(MeetingDraft draft, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(draft);
                if (!IsHash(draft.TranscriptHash))
                {
                    return StoreResult<MeetingDraft>.Invalid("A draft needs the transcript's SHA-256 hash.");
                }

                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                string partition = KeyEncoder.Encode(draft.Meeting.Tenant.Value);
                if (await FindAsync(table, draft.Meeting.Tenant, draft.TranscriptHash, cancellationToken) is { } existing)
                {
                    return StoreResult<MeetingDraft>.Ok(existing);
                }

                string? tooLarge = null;
                (long Number, IReadOnlyList<Response> Responses)? taken;
                try
                {
                    taken = await TenantSequence.InsertNextAsync(
                        table,
                        partition,
                        Counter,
                        MaxNumber,
                        async (next, ct) =>
                        {
                            // A concurrent run of the same transcript may have won: then its hash row makes this batch fail.
                            if ((await table.GetEntityIfExistsAsync<TableEntity>(partition, HashPrefix + draft.TranscriptHash, cancellationToken: ct)).HasValue)
                            {
                                throw new DraftExistsException();
                            }

                            MeetingDraft numbered = draft with { Meeting = draft.Meeting with { Number = next } };
                            TableEntity? row = DocumentRow(partition, MeetingKey(next), numbered);
                            if (row is null)
                            {
                                tooLarge = "The draft is too large to store.";
                                throw new DraftExistsException();
                            }

                            row["TranscriptHash"] = draft.TranscriptHash;
                            return [row, new TableEntity(partition, HashPrefix + draft.TranscriptHash) { ["Number"] = next }];
                        },
                        onRetry: null,
                        cancellationToken);
                }
                catch (DraftExistsException)
                {
                    taken = null;
                }

                if (tooLarge is not null)
                {
                    return StoreResult<MeetingDraft>.Invalid(tooLarge);
                }

                if (taken is { } result)
                {
                    return StoreResult<MeetingDraft>.Ok(draft with
                    {
                        Meeting = draft.Meeting with { Number = result.Number, Version = result.Responses[1].Headers.ETag?.ToString() },
                    });
                }

                return await FindAsync(table, draft.Meeting.Tenant, draft.TranscriptHash, cancellationToken) is { } winner
                    ? StoreResult<MeetingDraft>.Ok(winner)
                    : StoreResult<MeetingDraft>.Conflict("Too many meetings are being stored at once; please try again.");
            },
            cancellationToken);

    public Task<MeetingDraft?> GetAsync(TenantKey tenant, long number, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                if (number is < 1 or > MaxNumber)
                {
                    return null;
                }

                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(KeyEncoder.Encode(tenant.Value), MeetingKey(number), cancellationToken: cancellationToken);
                return row.HasValue ? Read(tenant, row.Value!) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<MeetingDraft>> ListAsync(TenantKey tenant, int max, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<MeetingDraft>>(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {MeetingPrefix} and RowKey lt {ItemKeys.PrefixEnd(MeetingPrefix)}");
                var drafts = new List<MeetingDraft>();
                await foreach (TableEntity row in table.QueryAsync<TableEntity>(filter, Math.Clamp(max, 1, 1000), cancellationToken: cancellationToken))
                {
                    if (drafts.Count >= max)
                    {
                        break;
                    }

                    if (Read(tenant, row) is { } draft)
                    {
                        drafts.Add(draft);
                    }
                }

                return drafts;
            },
            cancellationToken);

    public Task<MeetingDraft?> FindByTranscriptAsync(TenantKey tenant, string transcriptHash, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () => IsHash(transcriptHash)
                ? await FindAsync(await _tables.GetAsync(TableNames.Meetings, cancellationToken), tenant, transcriptHash, cancellationToken)
                : null,
            cancellationToken);

    public Task<StoreResult<MeetingDraft>> SaveAsync(MeetingDraft draft, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(draft);
                if (draft.Meeting.Version is not { } version || draft.Meeting.Number < 1)
                {
                    return StoreResult<MeetingDraft>.Invalid("Only a stored draft can be saved.");
                }

                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                string partition = KeyEncoder.Encode(draft.Meeting.Tenant.Value);
                TableEntity? row = DocumentRow(partition, MeetingKey(draft.Meeting.Number), draft);
                if (row is null)
                {
                    return StoreResult<MeetingDraft>.Invalid("The draft is too large to store.");
                }

                row["TranscriptHash"] = draft.TranscriptHash;
                try
                {
                    Response response = await table.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken);
                    return StoreResult<MeetingDraft>.Ok(draft with { Meeting = draft.Meeting with { Version = response.Headers.ETag?.ToString() } });
                }
                catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
                {
                    return StoreResult<MeetingDraft>.Conflict("The draft was changed by someone else; nothing was changed.");
                }
            },
            cancellationToken);

    public Task SaveInputAsync(TenantKey tenant, string inputId, string text, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(text);
                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                TableEntity row = ChunkedRow(KeyEncoder.Encode(tenant.Value), InputPrefix + KeyEncoder.Encode(inputId), text)
                    ?? throw new ArgumentException("The pasted text is too long to keep.", nameof(text));
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            },
            cancellationToken);

    public Task<string?> GetInputAsync(TenantKey tenant, string inputId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(
                    KeyEncoder.Encode(tenant.Value), InputPrefix + KeyEncoder.Encode(inputId), cancellationToken: cancellationToken);
                return row.HasValue ? Join(row.Value!) : null;
            },
            cancellationToken);

    public Task DeleteInputAsync(TenantKey tenant, string inputId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                await table.DeleteEntityAsync(KeyEncoder.Encode(tenant.Value), InputPrefix + KeyEncoder.Encode(inputId), ETag.All, cancellationToken);
            },
            cancellationToken);

    public Task RetainInputAsync(TenantKey tenant, string inputId, DateTimeOffset until, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                // The expiry row first: a crash between the two writes leaves a row the sweep tidies, never text kept for good.
                string partition = KeyEncoder.Encode(tenant.Value);
                string rowKey = InputPrefix + KeyEncoder.Encode(inputId);
                TableClient expiry = await _tables.GetAsync(TableNames.TranscriptExpiry, cancellationToken);
                await expiry.UpsertEntityAsync(
                    new TableEntity(ExpiryBucket(until), partition + "|" + KeyEncoder.Encode(inputId)) { [DeleteAfterColumn] = until.ToUniversalTime() },
                    TableUpdateMode.Replace,
                    cancellationToken);
                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                try
                {
                    await table.UpdateEntityAsync(new TableEntity(partition, rowKey) { [DeleteAfterColumn] = until.ToUniversalTime() }, ETag.All, TableUpdateMode.Merge, cancellationToken);
                }
                catch (RequestFailedException exception) when (exception.Status == 404)
                {
                    // Already gone (forgotten meanwhile): nothing to keep.
                }
            },
            cancellationToken);

    public Task<int> DeleteExpiredInputsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient expiry = await _tables.GetAsync(TableNames.TranscriptExpiry, cancellationToken);
                TableClient table = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                DateTimeOffset cutoff = now.ToUniversalTime();
                string filter = TableClient.CreateQueryFilter($"PartitionKey le {ExpiryBucket(cutoff)}");
                var due = new List<TableEntity>();
                await foreach (TableEntity row in expiry.QueryAsync<TableEntity>(filter, Math.Clamp(max, 1, 1000), cancellationToken: cancellationToken))
                {
                    // Today's bucket holds rows expiring later today too.
                    if (row.GetDateTimeOffset(DeleteAfterColumn) is { } deleteAfter && deleteAfter > cutoff)
                    {
                        continue;
                    }

                    due.Add(row);
                    if (due.Count >= max)
                    {
                        break;
                    }
                }

                int deleted = 0;
                foreach (TableEntity row in due)
                {
                    int bar = row.RowKey.LastIndexOf('|');
                    if (bar > 0)
                    {
                        // An index row of an earlier deadline (the text was kept longer since) leaves the text alone.
                        string inputPartition = row.RowKey[..bar];
                        string inputRow = InputPrefix + row.RowKey[(bar + 1)..];
                        NullableResponse<TableEntity> input = await table.GetEntityIfExistsAsync<TableEntity>(inputPartition, inputRow, [DeleteAfterColumn], cancellationToken);
                        if (input.HasValue && !(input.Value!.GetDateTimeOffset(DeleteAfterColumn) > cutoff))
                        {
                            try
                            {
                                Response response = await table.DeleteEntityAsync(inputPartition, inputRow, input.Value.ETag, cancellationToken);
                                deleted += response.Status == 404 ? 0 : 1;
                            }
                            catch (RequestFailedException exception) when (exception.Status == 412)
                            {
                                // Kept longer meanwhile: its newer index row decides.
                            }
                        }
                    }

                    await expiry.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }

                return deleted;
            },
            cancellationToken);

    private static async Task<MeetingDraft?> FindAsync(TableClient table, TenantKey tenant, string hash, CancellationToken cancellationToken)
    {
        string partition = KeyEncoder.Encode(tenant.Value);
        NullableResponse<TableEntity> index = await table.GetEntityIfExistsAsync<TableEntity>(partition, HashPrefix + hash, cancellationToken: cancellationToken);
        if (!index.HasValue || index.Value!.GetInt64("Number") is not { } number)
        {
            return null;
        }

        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(partition, MeetingKey(number), cancellationToken: cancellationToken);
        return row.HasValue ? Read(tenant, row.Value!) : null;
    }

    private static MeetingDraft? Read(TenantKey tenant, TableEntity row) =>
        Join(row) is { } json && JsonSerializer.Deserialize(json, StorageJsonContext.Default.StoredMeetingDraft) is { } stored
            ? MeetingDraftMapper.FromStored(tenant, stored, row.ETag.ToString())
            : null;

    private static TableEntity? DocumentRow(string partition, string rowKey, MeetingDraft draft) =>
        ChunkedRow(partition, rowKey, JsonSerializer.Serialize(MeetingDraftMapper.ToStored(draft), StorageJsonContext.Default.StoredMeetingDraft));

    /// <summary>The text over columns <c>Document</c>, <c>Document1</c>, …; null when it would not fit one entity.</summary>
    internal static TableEntity? ChunkedRow(string partition, string rowKey, string text)
    {
        int chunks = Math.Max(1, (text.Length + ChunkChars - 1) / ChunkChars);
        if (chunks > MaxChunks)
        {
            return null;
        }

        var row = new TableEntity(partition, rowKey) { ["Chunks"] = chunks };
        for (int i = 0; i < chunks; i++)
        {
            int start = i * ChunkChars;
            row[Column(i)] = text.Substring(start, Math.Min(ChunkChars, text.Length - start));
        }

        return row;
    }

    internal static string? Join(TableEntity row)
    {
        int chunks = row.GetInt32("Chunks") ?? 0;
        if (chunks < 1)
        {
            return null;
        }

        var parts = new string[chunks];
        for (int i = 0; i < chunks; i++)
        {
            if (row.GetString(Column(i)) is not { } part)
            {
                return null;
            }

            parts[i] = part;
        }

        return string.Concat(parts);
    }

    private static string Column(int index) => index == 0 ? DocumentRows.Column : DocumentRows.Column + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The global expiry index is partitioned by UTC day, so a sweep reads only the days that have ended.</summary>
    private static string ExpiryBucket(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string MeetingKey(long number) => MeetingPrefix + number.ToString("D10", CultureInfo.InvariantCulture);

    private static bool IsHash(string? hash) => hash is { Length: 64 } && hash.All(char.IsAsciiHexDigitLower);

    /// <summary>Stops the numbering loop: the transcript already has a draft (or this one cannot be stored).</summary>
    private sealed class DraftExistsException : Exception;
}
