namespace ActionTracker.Teams.Handlers;

/// <summary>The auth mode decided once at start (and logged there).</summary>
public sealed record TeamsAuthPolicy(TeamsAuthMode Mode);
