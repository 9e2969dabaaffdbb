namespace ActionTracker.Core.Commands;

/// <summary>What an <c>admin</c> command does.</summary>
public enum AdminAction
{
    List,
    Add,
    Remove,
}
