namespace ActionTracker.Core.Audit;

/// <summary>One field's old and new value, rendered as text for the audit trail.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
