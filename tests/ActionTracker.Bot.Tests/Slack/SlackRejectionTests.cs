using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Ports;
using ActionTracker.Slack.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>Every refused request leaves storage untouched and calls nothing on Slack.</summary>
public sealed class SlackRejectionTests
{
    private static readonly string AddBody = SlackHarness.Form(SlackHarness.Command("add Forged item <@U0456EFGH78>"));

    public static TheoryData<string, string, string, HttpStatusCode> SignedCases => new()
    {
        { "other api_app_id", "/slack/commands", AddBody.Replace("A0789IJKL01", "A0OTHERAPP1", StringComparison.Ordinal), HttpStatusCode.Forbidden },
        { "malformed form", "/slack/commands", "text=%zz&team_id=T0001ABCD", HttpStatusCode.BadRequest },
        { "missing fields", "/slack/commands", "text=add+x&api_app_id=A0789IJKL01", HttpStatusCode.BadRequest },
        { "bad tenant id", "/slack/commands", AddBody.Replace("T0001ABCD", "T%2F..%2Fx", StringComparison.Ordinal), HttpStatusCode.BadRequest },
        { "malformed JSON event", "/slack/events", "{\"type\":\"event_callback\",", HttpStatusCode.BadRequest },
        { "event without id", "/slack/events", "{\"type\":\"event_callback\",\"api_app_id\":\"A0789IJKL01\",\"team_id\":\"T0001ABCD\",\"event\":{\"type\":\"app_mention\"}}", HttpStatusCode.BadRequest },
        { "event for other app", "/slack/events", "{\"type\":\"event_callback\",\"api_app_id\":\"A0OTHERAPP1\",\"team_id\":\"T0001ABCD\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\"}}", HttpStatusCode.Forbidden },
        { "interactivity without payload", "/slack/interactivity", "foo=bar", HttpStatusCode.BadRequest },
        { "interactivity payload not JSON", "/slack/interactivity", "payload=%7Bnot-json", HttpStatusCode.BadRequest },
        { "interactivity other app", "/slack/interactivity", "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\",\"api_app_id\":\"A0OTHERAPP1\",\"team\":{\"id\":\"T0001ABCD\"},\"user\":{\"id\":\"U1\"}}"), HttpStatusCode.Forbidden },
        { "interactivity forged button value", "/slack/interactivity", "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\",\"api_app_id\":\"A0789IJKL01\",\"team\":{\"id\":\"T0001ABCD\"},\"user\":{\"id\":\"U1\"},\"actions\":[{\"action_id\":\"run:done.v0.0\",\"value\":\"{oops\"}]}"), HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(SignedCases))]
    public async Task SignedButInvalid_Refused_NothingStored(string because, string path, string body, HttpStatusCode expected)
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        string contentType = path == "/slack/events" ? "application/json" : "application/x-www-form-urlencoded";

        HttpResponseMessage response = await slack.PostSignedAsync(path, body, contentType);

        Assert.True(expected == response.StatusCode, because + ": " + response.StatusCode);
        Assert.Empty(await slack.ItemsAsync());
        Assert.Empty(slack.Slack.Calls);
    }

    [Theory]
    [InlineData("no headers")]
    [InlineData("bad signature")]
    [InlineData("old timestamp")]
    [InlineData("future timestamp")]
    [InlineData("other secret")]
    [InlineData("v1 prefix")]
    public async Task Unauthenticated_Is401_NothingStored(string because)
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        // Start the host first: its start-up must not eat into the one-second margin of the timestamp cases.
        await slack.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        long now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

        HttpResponseMessage response = because switch
        {
            "no headers" => await slack.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent(AddBody, Encoding.UTF8, "application/x-www-form-urlencoded")),
            "bad signature" => await SendAsync(slack, now.ToString(CultureInfo.InvariantCulture), "v0=" + new string('0', 64)),
            "old timestamp" => await slack.PostSignedAsync("/slack/commands", AddBody, "application/x-www-form-urlencoded", timestamp: now - 301),
            "future timestamp" => await slack.PostSignedAsync("/slack/commands", AddBody, "application/x-www-form-urlencoded", timestamp: now + 301),
            "other secret" => await slack.PostSignedAsync("/slack/commands", AddBody, "application/x-www-form-urlencoded", secret: "not-the-secret"),
            _ => await SendAsync(slack, now.ToString(CultureInfo.InvariantCulture), "v1=" + SlackSignature.Compute(SlackHarness.SigningSecret, now.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(AddBody))[3..]),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await slack.ItemsAsync());
        Assert.Empty(slack.Slack.Calls);
    }

    [Fact]
    public async Task UnknownWorkspace_OAuthMode_InstallLinkAndNothingStored()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("add Forged <@U0456EFGH78>"));

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("/slack/install", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await slack.ItemsAsync());
    }

    [Theory]
    [InlineData("?code=abc")]
    [InlineData("?code=abc&state=forged.1.x")]
    [InlineData("?state=")]
    [InlineData("?error=access_denied&state=x")]
    public async Task OAuthCallback_BadState_400AndNothingStored(string query)
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);

        HttpResponseMessage response = await slack.Client.GetAsync(new Uri("/slack/oauth/callback" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(slack.Slack.CallsTo("oauth.v2.access"));
        IInstallationStore installs = slack.Factory.Services.GetRequiredService<IInstallationStore>();
        Assert.Null(await installs.GetAsync(ActionTracker.Core.Tenancy.TenantKey.ForSlack("T0OAUTH01", null, false), CancellationToken.None));
    }

    [Fact]
    public async Task StorageDown_Command_EphemeralTryAgain()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(storage: Infrastructure.BotFactory.UnreachableConnectionString);

        HttpResponseMessage response = await slack.PostCommandAsync("add Something <@U0456EFGH78>");

        JsonObject answer = await SlackHarness.JsonAsync(response);
        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("try again", answer["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> SendAsync(SlackHarness slack, string timestamp, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/slack/commands", UriKind.Relative))
        {
            Content = new StringContent(AddBody, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, signature);
        return await slack.Client.SendAsync(request);
    }
}
