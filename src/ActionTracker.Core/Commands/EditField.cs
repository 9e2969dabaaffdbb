namespace ActionTracker.Core.Commands;

/// <summary>Text fields <c>edit</c> can replace.</summary>
public enum EditField
{
    Title,
    Notes,
    Context,
}
