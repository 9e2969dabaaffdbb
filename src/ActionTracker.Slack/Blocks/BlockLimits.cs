namespace ActionTracker.Slack.Blocks;

/// <summary>Slack's Block Kit limits that the renderer keeps within.</summary>
public static class BlockLimits
{
    public const int MessageBlocks = 50;
    public const int SurfaceBlocks = 100;
    public const int SectionText = 3000;
    public const int FieldText = 2000;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int ActionsElements = 25;
    public const int ContextElements = 10;
    public const int ModalTitle = 24;
    public const int PrivateMetadata = 3000;
    public const int FallbackText = 3000;

    /// <summary>Items listed per message; the rest are one More click away.</summary>
    public const int ListItemsPerMessage = 40;
}
