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

        var executor = storage.NewExecutor();
        var context = new ActionTracker.Core.Execution.CommandContext
        {
            Tenant = storage.Tenant,
            Requester = BenchmarkStorage.Owner,
            ConversationId = "19:bench@thread.tacv2",
            RequesterTimeZoneId = "Europe/Berlin",
        };
        await executor.ExecuteAsync("list", context, CancellationToken.None);
        counter.Reset();
        await executor.ExecuteAsync("add Send the pricing deck priority high", context, CancellationToken.None);
        int addCommand = counter.Count;
        counter.Reset();
        await executor.ExecuteAsync("add Send the pricing deck due friday priority high", context, CancellationToken.None);
        int addDueCommand = counter.Count;
        counter.Reset();
        ActionTracker.Core.Execution.CommandResult doneResult = await executor.ExecuteAsync("done #4", context, CancellationToken.None);
        int doneCommand = counter.Count;
        counter.Reset();
        await executor.ExecuteAsync("done #5", context, CancellationToken.None);
        int doneDueCommand = counter.Count;
        counter.Reset();
        await executor.ExecuteAsync("list", context, CancellationToken.None);
        int listCommand = counter.Count;

        Console.WriteLine("Storage round trips per operation (warm tables, no contention):");
        Console.WriteLine($"  create item          {create}  (counter read + one transaction: counter, item, owner index, audit)");
        Console.WriteLine($"  create item with due {createWithDue}  (+ due-index row, written before the transaction)");
        Console.WriteLine($"  get item             {get}");
        Console.WriteLine($"  update item          {update}  (one transaction: item, indexes, audit rows)");
        Console.WriteLine($"  command add          {addCommand}  (profile + counter read + transaction)");
        Console.WriteLine($"  command add with due {addDueCommand}  (+ due-index row)");
        Console.WriteLine($"  command done         {doneCommand}  (profile + item read + transaction){(doneResult.Succeeded ? string.Empty : " FAILED: " + doneResult.Text)}");
        Console.WriteLine($"  command done (due)   {doneDueCommand}  (+ due-index row removal)");
        Console.WriteLine($"  command list         {listCommand}  (profile + one range query)");
        return 0;
    }
}
