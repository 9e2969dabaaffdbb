namespace ActionTracker.Bot.Tests.Teams;

internal sealed record RecordedCall(string Method, string Path, string Body, string Authorization);
