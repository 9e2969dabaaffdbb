namespace ActionTracker.Core.Items;

/// <summary>
/// Spots commitments too vague to follow through ("be more proactive", "improve communication") so the reply can
/// nudge toward something concrete and dated. Only a nudge: the item is created as typed.
/// </summary>
public static class VagueItems
{
    private static readonly string[] VagueStarts =
    [
        "be more ", "be better ", "try to ", "think about ", "work on ", "improve ", "look into ", "keep an eye on ", "consider ", "focus on ", "continue to ", "get better at ",
    ];

    public const string Nudge = "Tip: this sounds open-ended. Make it concrete and time-bound — what exactly will be done, and by when? For example: `due #ID next Friday`.";

    public static bool IsVague(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Due is not null)
        {
            return false;
        }

        string title = item.Title.Trim().ToLowerInvariant() + " ";
        return VagueStarts.Any(start => title.StartsWith(start, StringComparison.Ordinal));
    }
}
