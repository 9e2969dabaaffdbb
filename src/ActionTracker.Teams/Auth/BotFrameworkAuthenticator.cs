using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Teams.Auth;

/// <summary>Validates Bot Framework channel tokens (PROTOCOLS §1.5); every check fails closed.</summary>
public sealed class BotFrameworkAuthenticator
{
    public const string Issuer = "https://api.botframework.com";

    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private readonly SigningKeyCache _keys;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new();

    public BotFrameworkAuthenticator(SigningKeyCache keys, TimeProvider time)
    {
        _keys = keys;
        _time = time;
    }

    /// <summary>Checks scheme, signature, issuer, audience and lifetime; endorsements and serviceurl come later with the body.</summary>
    public async Task<AuthResult> AuthenticateAsync(string? authorization, string appId, CancellationToken cancellationToken)
    {
        if (!TryGetBearer(authorization, out string? token))
        {
            return AuthResult.Unauthorized("missing or non-Bearer Authorization header");
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthResult.Unauthorized("malformed token");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return AuthResult.Unauthorized("token has no key id");
        }

        SigningKey? key;
        try
        {
            key = await _keys.GetAsync(jwt.Kid, cancellationToken);
        }
        catch (MetadataUnavailableException)
        {
            return AuthResult.Unauthorized("signing keys unavailable");
        }

        if (key is null)
        {
            return AuthResult.Unauthorized("unknown signing key");
        }

        TokenValidationResult result = await _handler.ValidateTokenAsync(jwt, Parameters(key.Key, appId));
        if (!result.IsValid)
        {
            return AuthResult.Unauthorized("invalid token: " + result.Exception?.GetType().Name);
        }

        string? serviceUrl = jwt.TryGetPayloadValue("serviceurl", out string claim) ? claim : null;
        return new AuthResult(200, "ok", serviceUrl, key.Endorsements);
    }

    /// <summary>The body-dependent checks: the key must be endorsed for the channel and the token bound to the serviceUrl.</summary>
    public static AuthResult CheckActivity(AuthResult token, string? channelId, string? serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(token);
        bool endorsed = token.Endorsements.Contains("msteams", StringComparer.OrdinalIgnoreCase)
                        || (channelId is { Length: > 0 } && token.Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase));
        if (!endorsed)
        {
            return AuthResult.Forbidden("signing key not endorsed for the channel");
        }

        if (token.ServiceUrlClaim is null || !string.Equals(token.ServiceUrlClaim, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Forbidden("serviceurl claim does not match the activity");
        }

        return token;
    }

    internal static bool TryGetBearer(string? authorization, out string token)
    {
        token = string.Empty;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = authorization["Bearer ".Length..].Trim();
        return token.Length > 0;
    }

    private TokenValidationParameters Parameters(SecurityKey key, string appId) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = appId,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = ValidateLifetime,
    };

    // Our clock, not the library's: tests and the rest of the bot share one TimeProvider.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        DateTime now = _time.GetUtcNow().UtcDateTime;
        return expires is { } exp
               && now <= exp.ToUniversalTime() + Skew
               && (notBefore is not { } nbf || nbf.ToUniversalTime() - Skew <= now);
    }
}
