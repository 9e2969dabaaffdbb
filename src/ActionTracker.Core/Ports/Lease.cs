namespace ActionTracker.Core.Ports;

/// <summary>A held lease: <see cref="Token"/> (the row's version) proves ownership until <see cref="ExpiresAt"/>.</summary>
/// <param name="TookOver">True when an expired lease of another holder was taken over (its work may be half done).</param>
public sealed record Lease(string Name, string Holder, string Token, DateTimeOffset ExpiresAt, bool TookOver);
