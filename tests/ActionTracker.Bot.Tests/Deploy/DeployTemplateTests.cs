using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActionTracker.Bot.Tests.Deploy;

/// <summary>
/// deploy/main.json is the ARM template compiled from deploy/main.bicep (kept in step by scripts/check-deploy.sh and
/// the first test); the others check its shape: resources, secrets only through Key Vault, settings the bot reads.
/// </summary>
public sealed partial class DeployTemplateTests
{
    private static readonly string[] SecretSettings =
    [
        "Storage__ConnectionString", "Storage__EncryptionKey", "Teams__AppPassword", "Slack__SigningSecret", "Slack__ClientSecret", "Slack__BotToken", "Graph__ClientSecret",
    ];

    private static readonly string[] PlatformSettings = ["ASPNETCORE_ENVIRONMENT", "WEBSITES_PORT", "WEBSITES_ENABLE_APP_SERVICE_STORAGE"];

    private readonly string _text = File.ReadAllText(RepoFiles.PathOf("deploy", "main.json"));

    private JsonObject Template => JsonNode.Parse(_text)!.AsObject();

    [BicepFact]
    public async Task MainJson_IsWhatTheBicepCompilesTo()
    {
        var start = new ProcessStartInfo(RepoFiles.Bicep()!, ["build", RepoFiles.PathOf("deploy", "main.bicep"), "--stdout"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, stderr);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await stdout), Template), "deploy/main.json is stale: run scripts/check-deploy.sh and commit it.");
    }

    [Fact]
    public void Template_CreatesStorageVaultIdentityWebAppAndBotWithTheTeamsChannel()
    {
        var types = Resources().Select(r => (string)r["type"]!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)Template["$schema"]);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/tableServices", "Microsoft.Storage/storageAccounts/queueServices",
                "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets", "Microsoft.ManagedIdentity/userAssignedIdentities",
                "Microsoft.Authorization/roleAssignments", "Microsoft.Web/serverfarms", "Microsoft.Web/sites",
                "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels",
            },
            types);
        JsonObject channel = Resource("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
        Assert.Equal("[format('https://{0}/api/messages', variables('hostName'))]", (string?)Resource("Microsoft.BotService/botServices")["properties"]!["endpoint"]);
        Assert.Contains(Resources(), r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments"
            && ((string?)r["properties"]!["roleDefinitionId"])!.Contains("keyVaultSecretsUser", StringComparison.Ordinal));
    }

    [Fact]
    public void WebApp_RunsTheContainerWithAManagedIdentityAndTheHealthCheck()
    {
        JsonObject site = Resource("Microsoft.Web/sites");
        JsonNode config = site["properties"]!["siteConfig"]!;

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.NotNull(site["properties"]!["keyVaultReferenceIdentity"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.StartsWith("[format('DOCKER|{0}'", (string?)config["linuxFxVersion"], StringComparison.Ordinal);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
    }

    [Fact]
    public void Secrets_ReachTheAppOnlyAsKeyVaultReferences()
    {
        string[] secureParameters = Template["parameters"]!.AsObject().Where(p => (string?)p.Value!["type"] == "securestring").Select(p => p.Key).ToArray();

        foreach (string setting in SecretSettings)
        {
            Assert.Matches(SettingPattern(setting) + @"(', 'value', |"",\s*""value"":\s*""\[)__bicep\.secretRef\(", _text);
        }

        // A secure parameter is only tested for emptiness or written into a Key Vault secret, never into a setting.
        Assert.Equal(7, secureParameters.Length);
        foreach (string parameter in secureParameters)
        {
            string use = $"parameters('{parameter}')";
            int total = Regex.Count(_text, Regex.Escape(use));
            int emptiness = Regex.Count(_text, Regex.Escape($"empty({use})"));
            int stored = Resources().Count(r => (string?)r["type"] == "Microsoft.KeyVault/vaults/secrets" && (string?)r["properties"]!["value"] == $"[{use}]");
            Assert.True(stored == 1, parameter + " is not stored in Key Vault");
            Assert.True(total == emptiness + stored, parameter + " is used outside Key Vault");
        }
    }

    [Fact]
    public void AppSettings_AreSettingsTheBotReads()
    {
        JsonObject template = JsonNode.Parse(File.ReadAllText(RepoFiles.PathOf("appsettings.template.json")))!.AsObject();
        var names = SettingNames().Matches(_text).Select(m => m.Groups["name"].Value).Distinct().ToList();

        Assert.Contains("Teams__AppId", names);
        foreach (string name in names.Except(PlatformSettings))
        {
            string[] path = name.Split("__");
            Assert.True(template[path[0]]?[path[1]] is not null, $"{name} is not a setting in appsettings.template.json");
        }
    }

    [Fact]
    public void Outputs_GiveWhatTheManifestsNeed()
    {
        JsonObject outputs = Template["outputs"]!.AsObject();
        string slack = outputs["slackManifest"]!["value"]!.ToJsonString();

        Assert.Contains("/api/messages", (string?)outputs["messagingEndpoint"]!["value"], StringComparison.Ordinal);
        Assert.Contains("package.sh", outputs["teamsManifest"]!["value"]!.ToJsonString(), StringComparison.Ordinal);
        foreach (string path in new[] { "/slack/commands", "/slack/interactivity", "/slack/events", "/slack/oauth/callback", "/slack/install" })
        {
            Assert.Contains(path, slack, StringComparison.Ordinal);
        }
    }

    private static string SettingPattern(string name) => Regex.Escape(name);

    [GeneratedRegex(@"(?:'name', '|""name"":\s*"")(?<name>[A-Za-z]+__[A-Za-z]+|ASPNETCORE_[A-Z_]+|WEBSITES_[A-Z_]+)['""]")]
    private static partial Regex SettingNames();

    private IEnumerable<JsonObject> Resources() => Template["resources"]!.AsObject().Select(r => r.Value!.AsObject());

    private JsonObject Resource(string type) => Resources().Single(r => (string?)r["type"] == type);
}
