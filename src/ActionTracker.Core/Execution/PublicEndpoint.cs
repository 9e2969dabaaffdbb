namespace ActionTracker.Core.Execution;

/// <summary>Where this service is reachable from people's browsers; export links point here.</summary>
public sealed record PublicEndpoint(Uri BaseUrl);
