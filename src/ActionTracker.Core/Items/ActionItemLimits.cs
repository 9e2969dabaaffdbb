using System.Text;

namespace ActionTracker.Core.Items;

/// <summary>Size limits on user-supplied text, checked before anything is stored.</summary>
public static class ActionItemLimits
{
    public const int MaxTitleLength = 500;
    public const int MaxNotesBytes = 8 * 1024;
    public const int MaxContextBytes = 8 * 1024;
    public const int MaxReasonLength = 1000;
    public const int MaxWatchers = 20;

    /// <summary>Returns a message naming the broken limit, or null when the item is within all limits.</summary>
    public static string? Check(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);

        if (string.IsNullOrWhiteSpace(item.Title))
        {
            return "An action item needs a title.";
        }

        if (item.Title.Length > MaxTitleLength)
        {
            return $"The title is {item.Title.Length} characters; the limit is {MaxTitleLength}.";
        }

        if (item.Notes is not null && Encoding.UTF8.GetByteCount(item.Notes) > MaxNotesBytes)
        {
            return $"The notes are {Encoding.UTF8.GetByteCount(item.Notes)} bytes; the limit is 8 KB ({MaxNotesBytes} bytes).";
        }

        if (item.Context is not null && Encoding.UTF8.GetByteCount(item.Context) > MaxContextBytes)
        {
            return $"The context is {Encoding.UTF8.GetByteCount(item.Context)} bytes; the limit is 8 KB ({MaxContextBytes} bytes).";
        }

        if (item.StatusReason is not null && item.StatusReason.Length > MaxReasonLength)
        {
            return $"The reason is {item.StatusReason.Length} characters; the limit is {MaxReasonLength}.";
        }

        if (item.Watchers.Count > MaxWatchers)
        {
            return $"An item can have at most {MaxWatchers} watchers.";
        }

        return null;
    }
}
