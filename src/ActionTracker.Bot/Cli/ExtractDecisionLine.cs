namespace ActionTracker.Bot.Cli;

/// <summary>One draft decision of <c>extract --json</c>; nulls are written explicitly.</summary>
internal sealed record ExtractDecisionLine(string Text, string Quote, string? Timestamp, double Confidence, string? Speaker, string Reason);
