using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>Which workspace an authentic request belongs to, and what uninstalling and reinstalling do.</summary>
public sealed class SlackInstallationTests
{
    private const string NotInstalled = "not installed";

    [Fact]
    public async Task AppUninstalled_ThenReinstalled_SendsStopThenResumeWithNewToken()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);
        await InstallAsync(slack, "xoxb-first");
        Assert.DoesNotContain(NotInstalled, (await SlackHarness.JsonAsync(await slack.PostCommandAsync("add Draft the agenda <@U0456EFGH78>"))).ToJsonString(), StringComparison.Ordinal);

        await slack.PostEventAsync(SlackPayloads.Event("EvUninstall1", new JsonObject { ["type"] = "app_uninstalled" }));
        await WaitUntilAsync(async () => await Installs(slack).GetAsync(SlackHarness.Tenant, CancellationToken.None) is null);
        JsonObject refused = await SlackHarness.JsonAsync(await slack.PostCommandAsync("list"));
        await slack.PostEventAsync(SlackPayloads.Event("EvAfterUninstall", Mention("<@UBOT00001> list")));
        await Task.Delay(1000);

        Assert.Contains(NotInstalled, refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(slack.Slack.CallsTo("chat.postEphemeral"));
        Assert.Empty(slack.Slack.CallsTo("chat.postMessage"));

        await InstallAsync(slack, "xoxb-second");
        JsonObject restored = await SlackHarness.JsonAsync(await slack.PostCommandAsync("list"));
        await slack.PostEventAsync(SlackPayloads.Event("EvAfterReinstall", Mention("<@UBOT00001> list")));
        RecordedCall reply = await slack.Slack.WaitForAsync("chat.postEphemeral");

        Assert.Contains("Draft the agenda", restored.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-second", reply.Authorization);
    }

    [Fact]
    public async Task TokensRevoked_OnlyUserTokens_InstallationKept()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);
        await Installs(slack).SaveAsync(new Installation { Tenant = SlackHarness.Tenant, BotToken = "xoxb-stored", InstalledAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        var userOnly = new JsonObject { ["type"] = "tokens_revoked", ["tokens"] = new JsonObject { ["oauth"] = new JsonArray("U0456EFGH78"), ["bot"] = new JsonArray() } };
        var bot = new JsonObject { ["type"] = "tokens_revoked", ["tokens"] = new JsonObject { ["bot"] = new JsonArray("UBOT00001") } };

        await slack.PostEventAsync(SlackPayloads.Event("EvRevokeUser", userOnly));
        await Task.Delay(1000);
        Installation? afterUserRevoke = await Installs(slack).GetAsync(SlackHarness.Tenant, CancellationToken.None);
        await slack.PostEventAsync(SlackPayloads.Event("EvRevokeBot", bot));
        await WaitUntilAsync(async () => await Installs(slack).GetAsync(SlackHarness.Tenant, CancellationToken.None) is null);

        Assert.NotNull(afterUserRevoke);
        Assert.Null(await Installs(slack).GetAsync(SlackHarness.Tenant, CancellationToken.None));
    }

    [Fact]
    public async Task Event_UnknownWorkspace_AckedAndNothingRuns()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);

        HttpResponseMessage response = await slack.PostEventAsync(SlackPayloads.Event("EvUnknown", Mention("<@UBOT00001> add Forged <@U0456EFGH78>")));
        await Task.Delay(1000);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(slack.Slack.Calls);
        Assert.Empty(await slack.ItemsAsync());
    }

    [Fact]
    public async Task Event_SharedChannel_RunsForTheAuthorizedWorkspace()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);
        await Installs(slack).SaveAsync(new Installation { Tenant = SlackHarness.Tenant, BotToken = "xoxb-stored", InstalledAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        JsonObject evt = SlackPayloads.Event("EvShared", Mention("<@UBOT00001> add Shared channel item <@U0456EFGH78>"));
        evt["team_id"] = "T0OTHERORG";
        evt["is_ext_shared_channel"] = true;

        await slack.PostEventAsync(evt);
        await slack.Slack.WaitForAsync("chat.postEphemeral");

        Assert.Single(await slack.ItemsAsync(SlackHarness.Tenant));
        Assert.Empty(await slack.ItemsAsync(TenantKey.ForSlack("T0OTHERORG", null, false)));
    }

    [Fact]
    public async Task Event_EnterpriseGridOrgWideInstall_RunsForTheEnterprise()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);
        TenantKey enterprise = TenantKey.ForSlack("E0GRID001", "E0GRID001", true);
        await Installs(slack).SaveAsync(new Installation { Tenant = enterprise, BotToken = "xoxb-org", InstalledAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        JsonObject evt = SlackPayloads.Event("EvGrid", Mention("<@UBOT00001> add Org-wide item <@U0456EFGH78>"));
        evt["enterprise_id"] = "E0GRID001";
        evt["is_ext_shared_channel"] = false;
        evt["authorizations"] = new JsonArray(new JsonObject
        {
            ["enterprise_id"] = "E0GRID001",
            ["team_id"] = null,
            ["user_id"] = "UBOT00001",
            ["is_bot"] = true,
            ["is_enterprise_install"] = true,
        });

        await slack.PostEventAsync(evt);
        RecordedCall reply = await slack.Slack.WaitForAsync("chat.postEphemeral");

        Assert.Equal("Bearer xoxb-org", reply.Authorization);
        Assert.Single(await slack.ItemsAsync(enterprise));
        Assert.Empty(await slack.ItemsAsync());
    }

    [Fact]
    public async Task SingleWorkspace_TeamIdConfigured_OtherWorkspaceToldToInstall()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(extraSettings: new Dictionary<string, string?> { ["Slack:TeamId"] = SlackHarness.TeamId });

        JsonObject own = await SlackHarness.JsonAsync(await slack.PostCommandAsync("list"));
        JsonObject other = await SlackHarness.JsonAsync(await slack.PostSignedAsync(
            "/slack/commands", SlackHarness.Form(SlackHarness.Command("add Forged <@U0456EFGH78>", teamId: "T0STRANGER")), "application/x-www-form-urlencoded"));

        Assert.DoesNotContain(NotInstalled, own.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(NotInstalled, other.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await slack.ItemsAsync(TenantKey.ForSlack("T0STRANGER", null, false)));
    }

    private static IInstallationStore Installs(SlackHarness slack) => slack.Factory.Services.GetRequiredService<IInstallationStore>();

    private static async Task InstallAsync(SlackHarness slack, string token)
    {
        slack.Slack.Answers["oauth.v2.access"] = $$$"""{"ok":true,"access_token":"{{{token}}}","token_type":"bot","bot_user_id":"UBOT00001","app_id":"{{{SlackHarness.AppId}}}","team":{"id":"{{{SlackHarness.TeamId}}}","name":"Contoso"},"enterprise":null,"is_enterprise_install":false,"authed_user":{"id":"U0INSTALL1"}}""";
        using HttpClient browser = slack.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        HttpResponseMessage install = await browser.GetAsync(new Uri("/slack/install", UriKind.Relative));
        string state = install.Headers.Location!.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).Single(p => p[0] == "state")[1];
        HttpResponseMessage done = await browser.GetAsync(new Uri("/slack/oauth/callback?code=c&state=" + state, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (int i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50);
        }
    }

    private static JsonObject Mention(string text) => new()
    {
        ["type"] = "app_mention",
        ["user"] = SlackHarness.UserId,
        ["text"] = text,
        ["ts"] = "1767225600.000100",
        ["channel"] = SlackHarness.ChannelId,
        ["event_ts"] = "1767225600.000100",
    };
}
