namespace ActionTracker.Core.Execution;

/// <summary>A produced export: what to send back for <c>GET /exports/{token}</c>.</summary>
public sealed record ExportFile(string FileName, string ContentType, string Content);
