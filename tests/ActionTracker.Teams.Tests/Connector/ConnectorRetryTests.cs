using System.Net;
using ActionTracker.Teams.Auth;
using ActionTracker.Teams.Connector;
using ActionTracker.Teams.Protocol;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.Tests.Connector;

public sealed class ConnectorRetryTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Fact]
    public async Task Send_429ThenOk_RetriesWithTokenAndEscapedConversationId()
    {
        int calls = 0;
        using var handler = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal)
            ? RecordingHandler.Json("""{"access_token":"t1","expires_in":3600}""")
            : ++calls == 1 ? TooMany() : RecordingHandler.Json("""{"id":"a1"}"""));
        ConnectorClient client = Client(handler);

        ResourceResponse? sent = await client.SendAsync(ServiceUrl, "19:abc@thread.tacv2;messageid=1", new OutboundActivity { Text = "hi" }, CancellationToken.None);

        Assert.Equal("a1", sent?.Id);
        var sends = handler.Requests.Where(r => r.Uri.Host == "smba.trafficmanager.net").ToList();
        Assert.Equal(2, sends.Count);
        Assert.Equal("Bearer t1", sends[0].Authorization);
        Assert.Contains("19%3Aabc%40thread.tacv2%3Bmessageid%3D1", sends[0].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Single(handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateAndDelete_TargetTheCardMessage()
    {
        using var handler = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal)
            ? RecordingHandler.Json("""{"access_token":"t1","expires_in":3600}""")
            : request.Method == HttpMethod.Delete ? new HttpResponseMessage(HttpStatusCode.OK) : RecordingHandler.Json("""{"id":"m1"}"""));
        ConnectorClient client = Client(handler);

        await client.UpdateAsync(ServiceUrl, "a:1", "m1", new OutboundActivity { Text = "updated" }, CancellationToken.None);
        await client.DeleteAsync(ServiceUrl, "a:1", "m1", CancellationToken.None);

        var calls = handler.Requests.Where(r => r.Uri.Host == "smba.trafficmanager.net").ToList();
        Assert.Equal([HttpMethod.Put, HttpMethod.Delete], calls.Select(c => c.Method));
        Assert.All(calls, c => Assert.EndsWith("/v3/conversations/a%3A1/activities/m1", c.Uri.AbsoluteUri, StringComparison.Ordinal));
        Assert.Contains("\"id\":\"m1\"", calls[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_503_IsNotResent()
    {
        using var handler = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal)
            ? RecordingHandler.Json("""{"access_token":"t1","expires_in":3600}""")
            : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(handler).SendAsync(ServiceUrl, "a:1", new OutboundActivity { Text = "hi" }, CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Single(handler.Requests, r => r.Method == HttpMethod.Post && r.Uri.Host == "smba.trafficmanager.net");
    }

    [Fact]
    public async Task Send_Always429_GivesUpAfterThreeTries()
    {
        using var handler = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal)
            ? RecordingHandler.Json("""{"access_token":"t1","expires_in":3600}""")
            : TooMany());

        await Assert.ThrowsAsync<ConnectorException>(() => Client(handler).SendAsync(ServiceUrl, "a:1", new OutboundActivity { Text = "hi" }, CancellationToken.None));

        Assert.Equal(ConnectorClient.MaxAttempts, handler.Requests.Count(r => r.Uri.Host == "smba.trafficmanager.net"));
    }

    [Fact]
    public async Task Send_DisallowedServiceUrl_NeverSendsTheToken()
    {
        using var handler = new RecordingHandler(_ => RecordingHandler.Json("{}"));

        await Assert.ThrowsAsync<ConnectorException>(() => Client(handler).SendAsync("https://attacker.example/", "a:1", new OutboundActivity { Text = "hi" }, CancellationToken.None));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task GetMember_404_IsNull()
    {
        using var handler = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal)
            ? RecordingHandler.Json("""{"access_token":"t1","expires_in":3600}""")
            : new HttpResponseMessage(HttpStatusCode.NotFound));

        Assert.Null(await Client(handler).GetMemberAsync(ServiceUrl, "19:c@thread.tacv2", "29:x", CancellationToken.None));
    }

    private static HttpResponseMessage TooMany()
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
        return response;
    }

    private static ConnectorClient Client(RecordingHandler handler)
    {
        var options = Options.Create(new TeamsOptions { AppId = "11111111-2222-3333-4444-555555555555", AppPassword = "secret", TokenEndpoint = "https://login.example/token" });
        var tokens = new BotTokenProvider(handler, options, TimeProvider.System);
        return new ConnectorClient(handler, tokens, new ServiceUrlPolicy(options.Value.AllowedServiceUrlHosts, allowLoopback: false), TimeProvider.System, NullLogger<ConnectorClient>.Instance);
    }
}
