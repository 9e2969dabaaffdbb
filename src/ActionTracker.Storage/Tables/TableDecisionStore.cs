using System.Globalization;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Decisions table: PartitionKey = tenant, RowKey = <c>decision|{inverted number}</c> so a range read is newest first,
/// plus the tenant's decision counter.
/// </summary>
internal sealed class TableDecisionStore : IDecisionStore
{
    private const string Counter = "counter";
    private const string Prefix = "decision|";
    private const long MaxNumber = 9_999_999_999;
    private const int MaxTextLength = 2000;

    private readonly StorageTables _tables;

    public TableDecisionStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<StoreResult<Decision>> CreateAsync(Decision decision, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(decision);
                if (string.IsNullOrWhiteSpace(decision.Text))
                {
                    return StoreResult<Decision>.Invalid("A decision needs some text.");
                }

                if (decision.Text.Length > MaxTextLength)
                {
                    return StoreResult<Decision>.Invalid($"The decision is {decision.Text.Length} characters; the limit is {MaxTextLength}.");
                }

                TableClient table = await _tables.GetAsync(TableNames.Decisions, cancellationToken);
                string partition = KeyEncoder.Encode(decision.Tenant.Value);
                var taken = await TenantSequence.InsertNextAsync(
                    table,
                    partition,
                    Counter,
                    MaxNumber,
                    (next, _) => Task.FromResult<IReadOnlyList<TableEntity>>([ToEntity(decision with { Number = next }, partition)]),
                    onRetry: null,
                    cancellationToken);
                return taken is { } result
                    ? StoreResult<Decision>.Ok(decision with { Number = result.Number })
                    : StoreResult<Decision>.Conflict("Too many decisions are being recorded at once; please try again.");
            },
            cancellationToken);

    public Task<ResultPage<Decision>> ListAsync(TenantKey tenant, DateTimeOffset? since, string? continuationToken, int pageSize, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Decisions, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                string end = Prefix[..^1] + "}";
                string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {Prefix} and RowKey lt {end}");
                if (since is { } from)
                {
                    filter += " and " + TableClient.CreateQueryFilter($"DecidedAt ge {from.ToUniversalTime()}");
                }

                ResultPage<TableEntity> page = await TableQueries.ReadPageAsync(table, filter, continuationToken, pageSize, cancellationToken);
                return new ResultPage<Decision>(page.Items.Select(row => FromEntity(tenant, row)).ToList(), page.ContinuationToken);
            },
            cancellationToken);

    private static TableEntity ToEntity(Decision decision, string partition)
    {
        var entity = new TableEntity(partition, Prefix + (MaxNumber - decision.Number).ToString("D10", CultureInfo.InvariantCulture))
        {
            ["Number"] = decision.Number,
            ["Text"] = decision.Text,
            ["RecordedById"] = decision.RecordedBy.Id,
            ["RecordedByName"] = decision.RecordedBy.DisplayName,
            ["DecidedAt"] = decision.DecidedAt.ToUniversalTime(),
            ["SourceKind"] = decision.Source.Kind.ToString(),
        };
        if (decision.ConversationId is not null)
        {
            entity["ConversationId"] = decision.ConversationId;
        }

        if (decision.MeetingId is not null)
        {
            entity["MeetingId"] = decision.MeetingId;
        }

        if (decision.Source.Quote is not null)
        {
            entity["SourceQuote"] = decision.Source.Quote;
        }

        return entity;
    }

    private static Decision FromEntity(TenantKey tenant, TableEntity row) => new()
    {
        Tenant = tenant,
        Number = row.GetInt64("Number") ?? 0,
        Text = row.GetString("Text") ?? string.Empty,
        RecordedBy = new PersonRef(row.GetString("RecordedById") ?? "unknown", row.GetString("RecordedByName") ?? string.Empty),
        DecidedAt = row.GetDateTimeOffset("DecidedAt") ?? DateTimeOffset.MinValue,
        ConversationId = row.GetString("ConversationId"),
        MeetingId = row.GetString("MeetingId"),
        Source = new ItemSource
        {
            Kind = Enum.TryParse(row.GetString("SourceKind"), out ItemSourceKind kind) ? kind : ItemSourceKind.Command,
            Quote = row.GetString("SourceQuote"),
        },
    };
}
