using System.Text.Json.Nodes;
using static ActionTracker.Teams.Cards.CardElements;

namespace ActionTracker.Teams.Cards;

/// <summary>Sent when the bot is installed: what it does and how to start.</summary>
public static class WelcomeCard
{
    public static JsonObject Render() => Card(
        new JsonArray(
            Text("Hi! I track the action items from your meetings.", bold: true, size: "Medium"),
            Text("Add items as you talk, and I remind owners before they are due and help you keep track of what was decided."),
            Text("Try: **add Send the budget to @Megan by Friday**, **list mine**, **done #42** or **help**. In a team or group chat, mention me first.")),
        new JsonArray(
            Execute(new Core.Views.ViewAction(Core.Views.ViewActionKind.Confirm, "Show help", "help"), "Show help"),
            Execute(new Core.Views.ViewAction(Core.Views.ViewActionKind.Confirm, "My items", "list mine"), "My items")));
}
