using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>The bot (real host, real Azurite) wired to a <see cref="FakeTeamsServer"/> with signing keys.</summary>
internal sealed class TeamsHost : IAsyncDisposable
{
    public const string GoodKid = "good-key";
    public const string UnendorsedKid = "webchat-only-key";

    private TeamsHost(FakeTeamsServer server, BotFactory factory)
    {
        Server = server;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public FakeTeamsServer Server { get; }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public RSA GoodKey => Server.Keys[GoodKid].Key;

    public string ServiceUrl => Server.BaseUrl;

    public static async Task<TeamsHost> StartAsync(string? metadataUrl = null, IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        FakeTeamsServer server = await FakeTeamsServer.StartAsync();
        server.Keys[GoodKid] = (RSA.Create(2048), ["msteams"]);
        server.Keys[UnendorsedKid] = (RSA.Create(2048), ["webchat"]);
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Teams:AppId"] = TestTokens.AppId,
            ["Teams:AppPassword"] = "test-secret",
            ["Teams:OpenIdMetadataUrl"] = metadataUrl ?? server.BaseUrl + "openid",
            ["Teams:TokenEndpoint"] = server.BaseUrl + "token",
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        };
        foreach ((string key, string? value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new TeamsHost(server, new BotFactory(services: services, settings: settings));
    }

    public string Token() => TestTokens.Create(GoodKey, GoodKid, ServiceUrl);

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization) =>
        PostRawAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public Task<Person?> GetPersonAsync(string id) =>
        Factory.Services.GetRequiredService<IPersonStore>().GetAsync(TenantKey.ForTeams(TeamsActivities.TenantId), id, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Server.DisposeAsync();
    }
}
