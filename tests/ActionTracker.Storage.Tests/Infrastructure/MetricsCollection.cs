namespace ActionTracker.Storage.Tests.Infrastructure;

/// <summary>Tests that read process-wide meters: they run alone, so no other test's measurements mix in.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
