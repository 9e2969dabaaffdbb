using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;

namespace ActionTracker.Benchmarks;

/// <summary>Prints how many storage requests each store operation makes (the unit Azurite's latency multiplies).</summary>
internal static class RoundTripReport
{
    public static async Task<int> RunAsync()
    {
        var counter = new RoundTripCounter();
        var storage = new BenchmarkStorage(counter);
        var due = new DueDate { Utc = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero), TimeZoneId = "UTC" };

        // Warm-up creates the tables, which would otherwise count once.
        await storage.Store.CreateAsync(BenchmarkStorage.Draft(storage.Tenant, 0) with { Due = due }, BenchmarkStorage.Owner, CancellationToken.None);

        counter.Reset();
        StoreResult<ActionItem> created = await storage.Store.CreateAsync(BenchmarkStorage.Draft(storage.Tenant, 1), BenchmarkStorage.Owner, CancellationToken.None);
        int create = counter.Count;

        counter.Reset();
        ActionItem? item = await storage.Store.GetAsync(storage.Tenant, created.Value!.Number, CancellationToken.None);
        int get = counter.Count;

        counter.Reset();
        await storage.Store.UpdateAsync(item!, item! with { Status = ItemStatus.Done }, BenchmarkStorage.Owner, CancellationToken.None);
        int update = counter.Count;

        counter.Reset();
        await storage.Store.CreateAsync(
            BenchmarkStorage.Draft(storage.Tenant, 2) with { Due = due },
            BenchmarkStorage.Owner,
            CancellationToken.None);
        int createWithDue = counter.Count;

        Console.WriteLine("Storage round trips per operation (warm tables, no contention):");
        Console.WriteLine($"  create item          {create}  (counter read + one transaction: counter, item, owner index, audit)");
        Console.WriteLine($"  create item with due {createWithDue}  (+ due-index row, written before the transaction)");
        Console.WriteLine($"  get item             {get}");
        Console.WriteLine($"  update item          {update}  (one transaction: item, indexes, audit rows)");
        return 0;
    }
}
