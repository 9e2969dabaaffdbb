using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ActionTracker.Slack.Handlers;

namespace ActionTracker.Slack.Tests.Manifest;

/// <summary>manifests/slack/manifest.json within Slack's schema limits and in step with the code.</summary>
public sealed class SlackManifestTests
{
    private static readonly string[] RequiredEvents = ["app_mention", "message.im", "app_home_opened", "app_uninstalled", "tokens_revoked"];

    [Fact]
    public void Manifest_LimitsAndWiring_Hold()
    {
        JsonObject manifest = Load();

        string name = manifest["display_information"]!["name"]!.GetValue<string>();
        Assert.InRange(name.Length, 1, 35);
        Assert.InRange(manifest["display_information"]!["description"]!.GetValue<string>().Length, 1, 140);
        JsonObject command = manifest["features"]!["slash_commands"]![0]!.AsObject();
        Assert.Equal("/action", command["command"]!.GetValue<string>());
        Assert.True(command["should_escape"]!.GetValue<bool>());
        Assert.EndsWith(SlashCommandHandler.Path, command["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(command["usage_hint"]!.GetValue<string>()));
        JsonObject shortcut = manifest["features"]!["shortcuts"]![0]!.AsObject();
        Assert.Equal(InteractivityHandler.CreateShortcut, shortcut["callback_id"]!.GetValue<string>());
        Assert.Equal("message", shortcut["type"]!.GetValue<string>());
        Assert.InRange(shortcut["name"]!.GetValue<string>().Length, 1, 24);
        JsonObject settings = manifest["settings"]!.AsObject();
        Assert.False(settings["socket_mode_enabled"]!.GetValue<bool>());
        Assert.EndsWith(EventsHandler.Path, settings["event_subscriptions"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(InteractivityHandler.Path, settings["interactivity"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        string[] events = settings["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
        Assert.All(RequiredEvents, e => Assert.Contains(e, events));
        string[] scopes = manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
        Assert.All(ActionTracker.Slack.OAuth.SlackOAuthHandler.Scopes.Split(','), s => Assert.Contains(s, scopes));
        Assert.NotNull(manifest["features"]!["bot_user"]);
    }

    private static JsonObject Load([CallerFilePath] string caller = "")
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "..", "..", ".."));
        return JsonNode.Parse(File.ReadAllText(Path.Combine(root, "manifests", "slack", "manifest.json")))!.AsObject();
    }
}
