using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Every rejected request: the status, and that nothing was stored or sent.</summary>
public sealed class TeamsAuthenticationTests : IAsyncLifetime
{
    private TeamsHost _host = null!;

    public static TheoryData<string, int> Cases => new()
    {
        { "no-header", 401 },
        { "wrong-scheme", 401 },
        { "garbage-token", 401 },
        { "bad-signature", 401 },
        { "expired", 401 },
        { "not-yet-valid", 401 },
        { "wrong-audience", 401 },
        { "wrong-issuer", 401 },
        { "unknown-kid", 401 },
        { "no-msteams-endorsement", 403 },
        { "serviceurl-mismatch", 403 },
        { "serviceurl-claim-missing", 403 },
        { "malformed-json", 400 },
        { "missing-type", 400 },
        { "oversized", 413 },
        { "unknown-invoke", 501 },
        { "serviceurl-host-not-allowed", 403 },
    };

    public async Task InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_Rejected_ReturnsStatusAndNothingHappens(string name, int expected)
    {
        string user = Guid.NewGuid().ToString();
        JsonObject activity = TeamsActivities.Message(_host.ServiceUrl, "add Rejected " + name, user, expectReplies: true);
        DateTime now = TimeProvider.System.GetUtcNow().UtcDateTime;
        string url = _host.ServiceUrl;
        using var stranger = RSA.Create(2048);
        byte[]? raw = null;
        string? auth = "Bearer " + _host.Token();
        switch (name)
        {
            case "no-header": auth = null; break;
            case "wrong-scheme": auth = "Basic " + _host.Token(); break;
            case "garbage-token": auth = "Bearer not.a.jwt"; break;
            case "bad-signature": auth = "Bearer " + TestTokens.Create(stranger, TeamsHost.GoodKid, url); break;
            case "expired": auth = "Bearer " + TestTokens.Create(_host.GoodKey, TeamsHost.GoodKid, url, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)); break;
            case "not-yet-valid": auth = "Bearer " + TestTokens.Create(_host.GoodKey, TeamsHost.GoodKid, url, notBefore: now.AddMinutes(6), expires: now.AddHours(1)); break;
            case "wrong-audience": auth = "Bearer " + TestTokens.Create(_host.GoodKey, TeamsHost.GoodKid, url, audience: "someone-else"); break;
            case "wrong-issuer": auth = "Bearer " + TestTokens.Create(_host.GoodKey, TeamsHost.GoodKid, url, issuer: "https://evil.example"); break;
            case "unknown-kid": auth = "Bearer " + TestTokens.Create(stranger, "rotated-away", url); break;
            case "no-msteams-endorsement": auth = "Bearer " + TestTokens.Create(_host.Server.Keys[TeamsHost.UnendorsedKid].Key, TeamsHost.UnendorsedKid, url); break;
            case "serviceurl-mismatch": auth = "Bearer " + TestTokens.Create(_host.GoodKey, TeamsHost.GoodKid, "https://smba.trafficmanager.net/amer/"); break;
            case "serviceurl-claim-missing": auth = "Bearer " + TestTokens.Create(_host.GoodKey, TeamsHost.GoodKid, url, includeServiceUrl: false); break;
            case "malformed-json": raw = Encoding.UTF8.GetBytes("{\"type\":\"message\","); break;
            case "missing-type": activity.Remove("type"); break;
            case "oversized": activity["text"] = new string('x', 300 * 1024); break;
            case "unknown-invoke": activity["type"] = "invoke"; activity["name"] = "something/else"; break;
            case "serviceurl-host-not-allowed":
                activity["serviceUrl"] = "https://attacker.example/";
                auth = "Bearer " + TestTokens.Create(_host.GoodKey, TeamsHost.GoodKid, "https://attacker.example/");
                break;
        }

        using HttpResponseMessage response = await _host.PostRawAsync(raw ?? Encoding.UTF8.GetBytes(activity.ToJsonString()), auth);

        Assert.Equal(expected, (int)response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_host.Server.ConnectorCalls);
        Assert.Null(await _host.GetPersonAsync(user));
    }

    [Fact]
    public async Task Post_UnknownKid_RefreshesMetadataOnce()
    {
        using var stranger = RSA.Create(2048);
        JsonObject activity = TeamsActivities.Message(_host.ServiceUrl, "help", Guid.NewGuid().ToString(), expectReplies: true);

        using HttpResponseMessage response = await _host.PostAsync(activity, "Bearer " + TestTokens.Create(stranger, "new-kid", _host.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(_host.Server.MetadataRequests >= 1);
    }
}
