using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ActionTracker.Teams.Auth;
using ActionTracker.Teams.Tests.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Teams.Tests.Auth;

public sealed class SigningKeyCacheTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly List<string> _kids = ["k1"];
    private bool _down;

    public void Dispose() => _rsa.Dispose();

    [Fact]
    public async Task Get_KnownKid_FetchesOnceThenCaches()
    {
        using var handler = Handler();
        using SigningKeyCache cache = Cache(handler);

        SigningKey? first = await cache.GetAsync("k1", CancellationToken.None);
        SigningKey? second = await cache.GetAsync("k1", CancellationToken.None);

        Assert.Equal(["msteams"], first!.Endorsements);
        Assert.Same(first, second);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_UnknownKid_RefreshesAtMostOncePerMinute()
    {
        using var handler = Handler();
        using SigningKeyCache cache = Cache(handler);
        await cache.GetAsync("k1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));
        _kids.Add("k2");

        SigningKey? rotated = await cache.GetAsync("k2", CancellationToken.None);
        SigningKey? forged = await cache.GetAsync("nope", CancellationToken.None);

        Assert.NotNull(rotated);
        Assert.Null(forged);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_After24Hours_RefetchesAndFailsClosedWhenUnreachable()
    {
        using var handler = Handler();
        using SigningKeyCache cache = Cache(handler);
        await cache.GetAsync("k1", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(24));
        _down = true;

        await Assert.ThrowsAsync<MetadataUnavailableException>(() => cache.GetAsync("k1", CancellationToken.None));
    }

    [Fact]
    public async Task Get_MetadataDownButKeysFresh_KeepsServingCachedKeys()
    {
        using var handler = Handler();
        using SigningKeyCache cache = Cache(handler);
        await cache.GetAsync("k1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        _down = true;

        Assert.Null(await cache.GetAsync("unknown", CancellationToken.None));
        Assert.NotNull(await cache.GetAsync("k1", CancellationToken.None));
    }

    private RecordingHandler Handler() => new(request =>
    {
        if (_down)
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }

        if (request.RequestUri!.AbsolutePath == "/openid")
        {
            return RecordingHandler.Json("""{"issuer":"https://api.botframework.com","jwks_uri":"https://login.example/keys"}""");
        }

        RSAParameters p = _rsa.ExportParameters(false);
        var keys = new JsonArray(_kids.Select(kid => (JsonNode)new JsonObject
        {
            ["kty"] = "RSA",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        }).ToArray());
        return RecordingHandler.Json(new JsonObject { ["keys"] = keys }.ToJsonString());
    });

    private SigningKeyCache Cache(RecordingHandler handler) =>
        new(handler, Options.Create(new TeamsOptions { OpenIdMetadataUrl = "https://login.example/openid" }), _time, NullLogger<SigningKeyCache>.Instance);
}
