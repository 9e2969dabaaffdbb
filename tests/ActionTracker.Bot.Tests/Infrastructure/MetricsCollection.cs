namespace ActionTracker.Bot.Tests.Infrastructure;

/// <summary>Tests that read process-wide meters or telemetry export: they run alone, so no other host's measurements mix in.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
