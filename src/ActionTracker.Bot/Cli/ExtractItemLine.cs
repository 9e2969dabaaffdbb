namespace ActionTracker.Bot.Cli;

/// <summary>One draft item of <c>extract --json</c>; nulls are written explicitly.</summary>
internal sealed record ExtractItemLine(string Task, string? Owner, string? Due, string Quote, string? Timestamp, double Confidence, string? Speaker, string Reason);
