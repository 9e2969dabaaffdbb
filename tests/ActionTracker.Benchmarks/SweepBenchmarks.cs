using ActionTracker.Core.Reminders;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ActionTracker.Benchmarks;

/// <summary>
/// The reminder sweep (read side: due index, items, people, claims; nothing sent) over 100k stored items of which 1k are
/// due, against the same sweep over 1k stored items that are all due, in the same run: a Ratio near 1 means the cost
/// follows the due items, not the stored ones. Rows read are printed by <c>--sweep-reads</c>.
/// </summary>
[Config(typeof(Config))]
public class SweepBenchmarks
{
    public const int Due = 1_000;

    private ReminderSweep _sweep = null!;

    [GlobalSetup(Target = nameof(SweepOneThousandStored))]
    public async Task SetupSmallAsync() => _sweep = await SweepSeeder.SeededSweepAsync(1_000, Due, rows: null);

    [GlobalSetup(Target = nameof(SweepHundredThousandStored))]
    public async Task SetupLargeAsync() => _sweep = await SweepSeeder.SeededSweepAsync(100_000, Due, rows: null);

    /// <summary>In process with a long timeout: seeding 100k rows outlasts the default limits on a busy machine.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).WithInvocationCount(1).WithUnrollFactor(1)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true)));
        }
    }

    [Benchmark(Baseline = true, Description = "sweep: 1k stored, 1k due")]
    public Task<IReadOnlyList<ReminderMessage>> SweepOneThousandStored() => _sweep.RunOnceAsync(SweepSeeder.Now, dryRun: true, CancellationToken.None);

    [Benchmark(Description = "sweep: 100k stored, 1k due")]
    public Task<IReadOnlyList<ReminderMessage>> SweepHundredThousandStored() => _sweep.RunOnceAsync(SweepSeeder.Now, dryRun: true, CancellationToken.None);
}
