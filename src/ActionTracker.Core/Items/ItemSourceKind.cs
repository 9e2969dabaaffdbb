namespace ActionTracker.Core.Items;

public enum ItemSourceKind
{
    Command,
    Message,
    Transcript,
}
