namespace ActionTracker.TestSupport.ScaleOut;

/// <summary>
/// Latency of one request path in a run, with its p99 target if the issues set one. Failures that started while an
/// instance was being killed are counted apart (<see cref="KillWindowFailures"/>): the load balancer cannot save those.
/// </summary>
public sealed record PathLatency(string Path, int Requests, int Failures, int KillWindowFailures, double P50Ms, double P99Ms, double? TargetP99Ms);
