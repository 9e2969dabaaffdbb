using ActionTracker.Core.Reminders;
using BenchmarkDotNet.Attributes;

namespace ActionTracker.Benchmarks;

/// <summary>
/// The reminder sweep (read side: due index, items, people, claims; nothing sent) over 100k stored items of which 1k are
/// due, against the same sweep over 1k stored items that are all due, in the same run: a Ratio near 1 means the cost
/// follows the due items, not the stored ones. Rows read are printed by <c>--sweep-reads</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8, invocationCount: 1)]
public class SweepBenchmarks
{
    public const int Due = 1_000;

    private ReminderSweep _sweep = null!;

    [GlobalSetup(Target = nameof(SweepOneThousandStored))]
    public async Task SetupSmallAsync() => _sweep = await SweepSeeder.SeededSweepAsync(1_000, Due, rows: null);

    [GlobalSetup(Target = nameof(SweepHundredThousandStored))]
    public async Task SetupLargeAsync() => _sweep = await SweepSeeder.SeededSweepAsync(100_000, Due, rows: null);

    [Benchmark(Baseline = true, Description = "sweep: 1k stored, 1k due")]
    public Task<IReadOnlyList<ReminderMessage>> SweepOneThousandStored() => _sweep.RunOnceAsync(SweepSeeder.Now, dryRun: true, CancellationToken.None);

    [Benchmark(Description = "sweep: 100k stored, 1k due")]
    public Task<IReadOnlyList<ReminderMessage>> SweepHundredThousandStored() => _sweep.RunOnceAsync(SweepSeeder.Now, dryRun: true, CancellationToken.None);
}
