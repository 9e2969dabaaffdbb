namespace ActionTracker.Core.Items;

public enum ItemKind
{
    Task,

    /// <summary>A development item agreed in a performance review.</summary>
    Development,
}
