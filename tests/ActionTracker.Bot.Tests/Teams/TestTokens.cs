using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Real RS256 Bot Framework-style tokens signed with a test key.</summary>
internal static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string Issuer = "https://api.botframework.com";

    public static string Create(
        RSA key, string kid, string serviceUrl, string audience = AppId, string issuer = Issuer,
        DateTime? notBefore = null, DateTime? expires = null, bool includeServiceUrl = true)
    {
        DateTime now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (includeServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        DateTime nbf = notBefore ?? now.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = nbf,
            IssuedAt = nbf,
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
