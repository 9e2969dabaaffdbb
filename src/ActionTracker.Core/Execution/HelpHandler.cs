using ActionTracker.Core.Commands;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary><c>help</c> and <c>help VERB</c>.</summary>
internal static class HelpHandler
{
    public static CommandResult Execute(HelpCommand command)
    {
        if (command.Verb is { } verb)
        {
            if (HelpCatalog.Find(verb) is { } topic)
            {
                string text = $"{topic.Verb}: {topic.Summary}\nUsage: {topic.Usage}\nExamples:\n" + string.Join("\n", topic.Examples.Select(e => "  " + e));
                return new CommandResult { Text = text, Views = [new HelpView("Help: " + topic.Verb, [topic])] };
            }

            string? closest = HelpCatalog.ClosestVerb(verb);
            return CommandResult.Error($"There is no command '{verb}'." + (closest is null ? " Type `help` to see them all." : $" Did you mean `{closest}`?"), suggestion: closest);
        }

        string overview = "Things you can do with /action:\n" + string.Join("\n", HelpCatalog.Topics.Select(t => $"• {t.Usage} — {t.Summary}"));
        return new CommandResult { Text = overview, Views = [new HelpView("ActionTracker help", HelpCatalog.Topics)] };
    }
}
