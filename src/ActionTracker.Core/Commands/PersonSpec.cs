namespace ActionTracker.Core.Commands;

/// <summary>A person as written in a command: a platform mention, or a name/email to look up in the directory.</summary>
public abstract record PersonSpec;
