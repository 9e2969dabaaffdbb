using System.Text.Json;
using ActionTracker.Teams.Auth;

namespace ActionTracker.Teams.Tests.Auth;

public sealed class BotFrameworkAuthenticatorTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Theory]
    [InlineData(new[] { "msteams" }, "msteams", "https://SMBA.trafficmanager.net/amer/", 200)]
    [InlineData(new[] { "webchat", "msteams" }, "msteams", ServiceUrl, 200)]
    [InlineData(new[] { "webchat" }, "msteams", ServiceUrl, 403)]
    [InlineData(new string[0], "msteams", ServiceUrl, 403)]
    [InlineData(new[] { "msteams" }, "msteams", "https://smba.trafficmanager.net/emea/", 403)]
    [InlineData(new[] { "msteams" }, "msteams", null, 403)]
    public void CheckActivity_EndorsementAndServiceUrl(string[] endorsements, string channel, string? activityServiceUrl, int expected)
    {
        var token = new AuthResult(200, "ok", ServiceUrl, endorsements);

        AuthResult result = BotFrameworkAuthenticator.CheckActivity(token, channel, activityServiceUrl);

        Assert.Equal(expected, result.StatusCode);
    }

    [Theory]
    [InlineData("Bearer abc", true)]
    [InlineData("bearer abc", true)]
    [InlineData("Bearer ", false)]
    [InlineData("Basic abc", false)]
    [InlineData("abc", false)]
    [InlineData(null, false)]
    public void TryGetBearer(string? header, bool expected) => Assert.Equal(expected, BotFrameworkAuthenticator.TryGetBearer(header, out _));

    [Fact]
    public void ParseKeySet_ReadsEndorsementsPerKid()
    {
        using var jwks = JsonDocument.Parse("""
            {"keys":[{"kty":"RSA","use":"sig","kid":"k1","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB","endorsements":["msteams","webchat"]},
                     {"kty":"RSA","use":"sig","kid":"k2","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"}]}
            """);

        var keys = SigningKeyCache.ParseKeySet(jwks.RootElement);

        Assert.Equal(["msteams", "webchat"], keys["k1"].Endorsements);
        Assert.Empty(keys["k2"].Endorsements);
    }
}
