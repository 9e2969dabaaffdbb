using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// A transaction under Table Storage's rules, enforced here because Azurite does not: at most 100 operations,
/// all in one partition, each row at most once.
/// </summary>
internal sealed class PartitionBatch
{
    public const int MaxOperations = 100;

    private readonly List<TableTransactionAction> _actions = [];
    private readonly HashSet<string> _rowKeys = new(StringComparer.Ordinal);

    public PartitionBatch(string partitionKey)
    {
        PartitionKey = partitionKey;
    }

    public string PartitionKey { get; }

    public IReadOnlyList<TableTransactionAction> Actions => _actions;

    public int Count => _actions.Count;

    public PartitionBatch Add(TableTransactionActionType type, ITableEntity entity, Azure.ETag etag = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!string.Equals(entity.PartitionKey, PartitionKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"A transaction may not span partitions ('{entity.PartitionKey}' is not '{PartitionKey}').");
        }

        if (_actions.Count == MaxOperations)
        {
            throw new InvalidOperationException($"A transaction may hold at most {MaxOperations} operations.");
        }

        if (!_rowKeys.Add(entity.RowKey))
        {
            throw new InvalidOperationException($"A transaction may touch row '{entity.RowKey}' only once.");
        }

        _actions.Add(new TableTransactionAction(type, entity, etag));
        return this;
    }
}
