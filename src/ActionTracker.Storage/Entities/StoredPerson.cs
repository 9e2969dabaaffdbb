namespace ActionTracker.Storage.Entities;

/// <summary>A person reference inside a JSON column.</summary>
internal sealed record StoredPerson(string Id, string Name);
