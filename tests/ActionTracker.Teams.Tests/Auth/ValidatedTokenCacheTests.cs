using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ActionTracker.Teams.Auth;
using ActionTracker.Teams.Tests.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Teams.Tests.Auth;

/// <summary>A token checked once is accepted again cheaply, but never past its lifetime or after its key is withdrawn.</summary>
public sealed class ValidatedTokenCacheTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly List<string> _kids = ["k1"];

    public void Dispose() => _rsa.Dispose();

    [Fact]
    public async Task SameToken_SecondTime_AcceptedWithTheSameClaims()
    {
        using var handler = Handler();
        BotFrameworkAuthenticator authenticator = Authenticator(handler);
        string token = Token("k1", _time.GetUtcNow().AddMinutes(30));

        AuthResult first = await authenticator.AuthenticateAsync("Bearer " + token, AppId, CancellationToken.None);
        AuthResult second = await authenticator.AuthenticateAsync("Bearer " + token, AppId, CancellationToken.None);

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(ServiceUrl, second.ServiceUrlClaim);
        Assert.Equal(["msteams"], second.Endorsements);
    }

    [Fact]
    public async Task CachedToken_PastExpiryAndSkew_Rejected()
    {
        using var handler = Handler();
        BotFrameworkAuthenticator authenticator = Authenticator(handler);
        string token = Token("k1", _time.GetUtcNow().AddMinutes(30));
        await authenticator.AuthenticateAsync("Bearer " + token, AppId, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(36));
        AuthResult late = await authenticator.AuthenticateAsync("Bearer " + token, AppId, CancellationToken.None);

        Assert.Equal(401, late.StatusCode);
    }

    [Fact]
    public async Task CachedToken_KeyWithdrawnFromTheKeySet_Rejected()
    {
        using var handler = Handler();
        BotFrameworkAuthenticator authenticator = Authenticator(handler);
        string token = Token("k1", _time.GetUtcNow().AddHours(30));
        await authenticator.AuthenticateAsync("Bearer " + token, AppId, CancellationToken.None);

        _kids.Clear();
        _kids.Add("k2");
        _time.Advance(TimeSpan.FromHours(25));
        AuthResult withdrawn = await authenticator.AuthenticateAsync("Bearer " + token, AppId, CancellationToken.None);

        Assert.Equal(401, withdrawn.StatusCode);
    }

    [Fact]
    public async Task TamperedCopyOfACachedToken_Rejected()
    {
        using var handler = Handler();
        BotFrameworkAuthenticator authenticator = Authenticator(handler);
        string token = Token("k1", _time.GetUtcNow().AddMinutes(30));
        await authenticator.AuthenticateAsync("Bearer " + token, AppId, CancellationToken.None);
        int at = token.Length - 20;
        string tampered = token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];

        AuthResult result = await authenticator.AuthenticateAsync("Bearer " + tampered, AppId, CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
    }

    private string Token(string kid, DateTimeOffset expires)
    {
        DateTime now = _time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkAuthenticator.Issuer,
            Audience = AppId,
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal) { ["serviceurl"] = ServiceUrl },
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private BotFrameworkAuthenticator Authenticator(RecordingHandler handler) =>
        new(new SigningKeyCache(handler, Options.Create(new TeamsOptions { OpenIdMetadataUrl = "https://login.example/openid" }), _time, NullLogger<SigningKeyCache>.Instance), _time);

    private RecordingHandler Handler() => new(request =>
    {
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
}
