using ActionTracker.Storage.Tables;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class PartitionBatchTests
{
    [Fact]
    public void Add_101stOperation_Throws()
    {
        var batch = new PartitionBatch("p");
        for (int i = 0; i < 100; i++)
        {
            batch.Add(TableTransactionActionType.Add, new TableEntity("p", "r" + i));
        }

        Assert.Throws<InvalidOperationException>(() => batch.Add(TableTransactionActionType.Add, new TableEntity("p", "r100")));
        Assert.Equal(100, batch.Count);
    }

    [Fact]
    public void Add_OtherPartition_Throws()
    {
        var batch = new PartitionBatch("tenant-a");

        Assert.Throws<InvalidOperationException>(() => batch.Add(TableTransactionActionType.Add, new TableEntity("tenant-b", "r")));
    }

    [Fact]
    public void Add_SameRowTwice_Throws()
    {
        var batch = new PartitionBatch("p");
        batch.Add(TableTransactionActionType.Add, new TableEntity("p", "r"));

        Assert.Throws<InvalidOperationException>(() => batch.Add(TableTransactionActionType.UpsertReplace, new TableEntity("p", "r")));
    }
}
