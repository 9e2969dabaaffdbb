namespace ActionTracker.Bot.Tests.Teams.Playground;

/// <summary>A fact that is skipped, with the reason, where chromium, node, the Playground or playwright-core is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute()
    {
        if (PlaygroundTools.MissingReason is { } reason)
        {
            Skip = "Playground browser test skipped: " + reason + ".";
        }
    }
}
