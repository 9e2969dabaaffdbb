using System.Diagnostics.Metrics;
using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Execution;

/// <summary>Commands run, by channel (the tenant key's platform), command and outcome; exported when telemetry is on.</summary>
public static class CommandMetrics
{
    public const string MeterName = "ActionTracker.Commands";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>("actiontracker.commands", description: "Commands run, by channel, command and outcome");

    internal static void Record(string tenant, ParsedCommand command, bool succeeded)
    {
        string channel = tenant.StartsWith("teams:", StringComparison.Ordinal) ? "teams" : tenant.StartsWith("slack:", StringComparison.Ordinal) ? "slack" : "other";
        string name = command.GetType().Name;
        name = name.EndsWith("Command", StringComparison.Ordinal) ? name[..^"Command".Length].ToLowerInvariant() : "invalid";
        Commands.Add(1, new("channel", channel), new("command", name), new("outcome", succeeded ? "ok" : "refused"));
    }
}
