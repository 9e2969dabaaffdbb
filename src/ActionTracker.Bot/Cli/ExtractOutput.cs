namespace ActionTracker.Bot.Cli;

/// <summary>The JSON document <c>extract --json</c> prints (DESIGN §6).</summary>
internal sealed record ExtractOutput(IReadOnlyList<ExtractItemLine> Items, IReadOnlyList<ExtractDecisionLine> Decisions);
