namespace ActionTracker.Core.Execution;

public enum ConversationKind
{
    /// <summary>A 1:1 chat with the bot: items made here are private.</summary>
    Personal,
    Group,
    Channel,
}
