using System.Diagnostics;

namespace ActionTracker.Benchmarks.Load;

/// <summary>
/// Closed-loop load (N workers back to back) or open-loop load at a steady rate, measuring each operation's latency.
/// The same runner drives our endpoints, the reference peers and the raw storage calls, so the ratios compare like with like.
/// </summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(string name, Func<int, CancellationToken, Task<bool>> operation, int concurrency, TimeSpan duration, int? ratePerSecond)
    {
        var latencies = new List<double>[concurrency];
        int failures = 0;
        int sequence = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = [];
            while (!stop.IsCancellationRequested)
            {
                int n = Interlocked.Increment(ref sequence);
                if (ratePerSecond is { } rate)
                {
                    // Open loop: request n is due at n/rate seconds, whether or not earlier ones finished.
                    TimeSpan due = TimeSpan.FromSeconds((double)n / rate);
                    TimeSpan wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        try
                        {
                            await Task.Delay(wait, stop.Token);
                        }
                        catch (OperationCanceledException)
                        {
                            break;
                        }
                    }
                }

                long start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(n, CancellationToken.None);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        double seconds = clock.Elapsed.TotalSeconds;
        double[] all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
