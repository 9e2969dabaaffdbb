using System.Globalization;

namespace ActionTracker.Benchmarks.Load;

/// <summary>What one load run achieved.</summary>
internal sealed record LoadResult(string Name, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Seconds;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-28} {RequestsPerSecond,10:F0} req/s   p50 {P50Ms,7:F2} ms   p99 {P99Ms,7:F2} ms   failures {Failures}");
}
