using System.Net;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Slack;

public sealed class SlackOAuthTests
{
    [Fact]
    public async Task Install_ThenCallback_StoresEncryptedInstallAndFirstAdmin_StateSingleUse()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);
        using HttpClient browser = slack.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        HttpResponseMessage install = await browser.GetAsync(new Uri("/slack/install", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, install.StatusCode);
        Uri authorize = install.Headers.Location!;
        Assert.StartsWith(new Uri(slack.Slack.BaseUrl, "oauth/v2/authorize").AbsoluteUri, authorize.AbsoluteUri, StringComparison.Ordinal);
        Dictionary<string, string> query = authorize.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
        Assert.Equal("123.456", query["client_id"]);
        Assert.Contains("commands", query["scope"], StringComparison.Ordinal);

        string callback = "/slack/oauth/callback?code=good-code&state=" + Uri.EscapeDataString(query["state"]);
        HttpResponseMessage done = await browser.GetAsync(new Uri(callback, UriKind.Relative));
        HttpResponseMessage replay = await browser.GetAsync(new Uri(callback, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Contoso", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        RecordedCall access = Assert.Single(slack.Slack.CallsTo("oauth.v2.access"));
        Assert.StartsWith("Basic ", access.Authorization, StringComparison.Ordinal);
        TenantKey tenant = TenantKey.ForSlack("T0OAUTH01", null, false);
        Installation? stored = await slack.Factory.Services.GetRequiredService<IInstallationStore>().GetAsync(tenant, CancellationToken.None);
        Assert.Equal("xoxb-oauth-token", stored?.BotToken);
        Assert.Equal("UBOT00001", stored?.BotUserId);
        Person? admin = await slack.Factory.Services.GetRequiredService<IPersonStore>().GetAsync(tenant, "U0INSTALL1", CancellationToken.None);
        Assert.True(admin?.IsAdmin);
    }

    [Fact]
    public async Task Install_SlackDisabled_404()
    {
        await using var factory = new Infrastructure.BotFactory();
        using HttpClient client = factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync(new Uri("/slack/install", UriKind.Relative));
        HttpResponseMessage command = await client.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent("text=x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, command.StatusCode);
    }
}
