using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ActionTracker.Benchmarks.ScaleOut;

/// <summary>Bot Framework-style RS256 tokens, signed with the key the sinks publish in their JWKS.</summary>
internal static class TeamsTokens
{
    public const string AppId = "5ca1e0a7-0000-4000-8000-000000000001";
    public const string Issuer = "https://api.botframework.com";

    public static string Create(RSA key, string serviceUrl, TimeSpan lifetime)
    {
        long now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = PlatformSinks.Kid, ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now - 60,
            ["iat"] = now - 60,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        };
        string signed = Encode(header) + "." + Encode(payload);
        byte[] signature = key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Base64Url.EncodeToString(signature);
    }

    private static string Encode(JsonObject part) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(part.ToJsonString()));
}
