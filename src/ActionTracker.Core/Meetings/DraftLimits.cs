namespace ActionTracker.Core.Meetings;

/// <summary>Caps on transcript input and review cards, checked before anything is parsed or stored.</summary>
public static class DraftLimits
{
    /// <summary>A four-hour meeting's VTT is well under this.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Pasted text is kept until the queued extraction reads it; files are fetched by the worker instead.</summary>
    public const int MaxPastedChars = 400_000;

    /// <summary>Items on one review card (the rest would not fit a Slack message or a Teams card).</summary>
    public const int MaxDraftItems = 20;

    public const int MaxDraftDecisions = 15;

    /// <summary>Quotes are cut to this on the card and in storage.</summary>
    public const int MaxQuoteChars = 400;

    public static string TooLargeMessage(long bytes) =>
        $"That transcript is {bytes / 1024:N0} KB; the limit is {MaxBytes / 1024 / 1024} MB (about four hours). Split it and send the parts.";
}
