using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>The real host with Slack enabled against a fake Slack, plus a client that signs like Slack does.</summary>
internal sealed class SlackHarness : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string AppId = "A0789IJKL01";
    public const string TeamId = "T0001ABCD";
    public const string UserId = "U0456EFGH78";
    public const string ChannelId = "C0123ABCD45";

    private SlackHarness(FakeSlackApi slack, BotFactory factory)
    {
        Slack = slack;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public FakeSlackApi Slack { get; }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public static TenantKey Tenant => TenantKey.ForSlack(TeamId, null, false);

    public static async Task<SlackHarness> StartAsync(
        bool oauth = false, string? storage = null, IReadOnlyDictionary<string, string?>? extraSettings = null, Action<IServiceCollection>? services = null)
    {
        FakeSlackApi slack = await FakeSlackApi.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:AppId"] = AppId,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
            ["Slack:OAuthAuthorizeUrl"] = new Uri(slack.BaseUrl, "oauth/v2/authorize").AbsoluteUri,
            ["Slack:AllowedResponseUrlHosts:0"] = "127.0.0.1",
            ["Storage:EncryptionKey"] = "test-encryption-key",
        };
        if (oauth)
        {
            settings["Slack:ClientId"] = "123.456";
            settings["Slack:ClientSecret"] = "client-secret";
        }
        else
        {
            settings["Slack:BotToken"] = "xoxb-configured";
        }

        foreach (KeyValuePair<string, string?> extra in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[extra.Key] = extra.Value;
        }

        var factory = new BotFactory(storage, services, settings);
        return new SlackHarness(slack, factory);
    }

    public static string Form(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    public static Dictionary<string, string> Command(string text, string channelId = ChannelId, string channelName = "eng-standup", string userId = UserId, string teamId = TeamId) => new(StringComparer.Ordinal)
    {
        ["token"] = "legacy",
        ["team_id"] = teamId,
        ["team_domain"] = "contoso",
        ["channel_id"] = channelId,
        ["channel_name"] = channelName,
        ["user_id"] = userId,
        ["user_name"] = "megan",
        ["command"] = "/action",
        ["text"] = text,
        ["api_app_id"] = AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = "https://hooks.slack.com/commands/T0001ABCD/1/x",
        ["trigger_id"] = "1.2.3",
    };

    public Task<HttpResponseMessage> PostCommandAsync(string text) => PostSignedAsync("/slack/commands", Form(Command(text)), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostPayloadAsync(JsonObject payload) =>
        PostSignedAsync("/slack/interactivity", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostEventAsync(JsonObject body, int? retryNum = null) =>
        PostSignedAsync("/slack/events", body.ToJsonString(), "application/json", retryNum);

    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, int? retryNum = null, long? timestamp = null, string? secret = null)
    {
        string ts = (timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, ts);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret ?? SigningSecret, ts, bytes));
        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await Client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async Task<IReadOnlyList<ActionItem>> ItemsAsync(TenantKey? tenant = null)
    {
        IActionItemStore store = Factory.Services.GetRequiredService<IActionItemStore>();
        ResultPage<ActionItem> page = await store.ListAsync(tenant ?? Tenant, ItemListFilter.All, null, 100, CancellationToken.None);
        return page.Items;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
