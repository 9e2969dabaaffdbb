namespace ActionTracker.Storage.Entities;

/// <summary>The body of a work-queue message.</summary>
internal sealed record StoredWorkMessage(string Kind, string Tenant, string Key, string Payload);
