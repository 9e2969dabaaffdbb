namespace ActionTracker.Bot.Cli;

/// <summary>One line of <c>schedule --dry-run</c> output (DESIGN §6).</summary>
internal sealed record ScheduleLine(string Kind, string Tenant, string To, IReadOnlyList<string> Items, string At);
