namespace ActionTracker.Core.Execution;

public enum ResponseVisibility
{
    /// <summary>Only the requester sees the answer (Slack ephemeral).</summary>
    Requester,

    /// <summary>Meant for everyone in the conversation, e.g. a recorded decision.</summary>
    Conversation,
}
