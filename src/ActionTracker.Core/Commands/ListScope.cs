namespace ActionTracker.Core.Commands;

/// <summary>Whose items a <c>list</c> shows.</summary>
public enum ListScope
{
    /// <summary>The requester's own items (the default).</summary>
    Mine,
    Person,

    /// <summary>Items created in the current conversation.</summary>
    Team,
    Goal,
    Meeting,

    /// <summary>Open items the requester watches.</summary>
    Watching,
}
