using System.Diagnostics;
using System.Globalization;
using ActionTracker.Core.Reminders;
using ActionTracker.TestSupport;

namespace ActionTracker.Benchmarks;

/// <summary>
/// Seeds 1k and 100k stored items (1k due in each), runs one real sweep over each (claims, lease, DMs to a null
/// channel) and prints the seeding time, the sweep's time, round trips and the rows it read per table.
/// </summary>
internal static class SweepReadReport
{
    public static async Task<int> RunAsync()
    {
        Console.WriteLine("Reminder sweep, one real run each (rows counted from storage answers):");
        double? baseline = null;

        // Warm-up: JIT, connections and table creation would otherwise land in the first measured sweep.
        ReminderSweep warmUp = await SweepSeeder.SeededSweepAsync(50, 50, new RowReadCounter());
        await warmUp.RunOnceAsync(SweepSeeder.Now, dryRun: false, CancellationToken.None);
        foreach (int stored in new[] { 1_000, 100_000 })
        {
            var rows = new RowReadCounter();
            var trips = new RoundTripCounter();
            long seedStart = Stopwatch.GetTimestamp();
            ReminderSweep sweep = await SweepSeeder.SeededSweepAsync(stored, SweepBenchmarks.Due, rows, trips);
            TimeSpan seeding = Stopwatch.GetElapsedTime(seedStart);
            rows.Reset();
            trips.Reset();
            long start = Stopwatch.GetTimestamp();
            IReadOnlyList<ReminderMessage> sent = await sweep.RunOnceAsync(SweepSeeder.Now, dryRun: false, CancellationToken.None);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            baseline ??= elapsed.TotalMilliseconds;
            string perTable = string.Join(", ", rows.ByTable.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => TableName(t.Key) + " " + t.Value.ToString(CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {stored,7} stored / {SweepBenchmarks.Due} due: seeded in {seeding.TotalSeconds:F1} s; sweep {elapsed.TotalMilliseconds:F0} ms (ratio {elapsed.TotalMilliseconds / baseline:F2}), {sent.Count} DMs, {trips.Count} round trips, rows read {rows.Total} ({perTable})"));
        }

        return 0;
    }

    private static string TableName(string full) => full.Length > 13 ? full[13..] : full;
}
