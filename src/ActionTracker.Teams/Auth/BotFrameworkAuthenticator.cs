using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Teams.Auth;

/// <summary>Validates Bot Framework channel tokens (PROTOCOLS §1.5); every check fails closed.</summary>
public sealed class BotFrameworkAuthenticator
{
    public const string Issuer = "https://api.botframework.com";

    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    /// <summary>Bounds the memory of <see cref="_validated"/>; the channel reuses one token for up to an hour.</summary>
    private const int MaxValidatedTokens = 1024;

    private readonly SigningKeyCache _keys;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new();

    // Tokens whose signature, issuer, audience and lifetime were checked, by their exact text: the channel sends the
    // same token with every activity, and repeating the RS256 check each time is most of the cost of a request.
    private readonly ConcurrentDictionary<string, ValidatedToken> _validated = new(StringComparer.Ordinal);

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

        if (_validated.TryGetValue(token, out ValidatedToken? seen))
        {
            if (_time.GetUtcNow() <= seen.ValidUntil && await CurrentKeyAsync(seen.Kid, cancellationToken) is { } current && ReferenceEquals(current, seen.Key))
            {
                return seen.Result;
            }

            // Expired, or its key left the published set: validate from scratch (and fail like any other token).
            _validated.TryRemove(token, out _);
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
        var ok = new AuthResult(200, "ok", serviceUrl, key.Endorsements);
        if (_validated.Count >= MaxValidatedTokens)
        {
            _validated.Clear();
        }

        _validated[token] = new ValidatedToken(jwt.Kid, key, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) + Skew, ok);
        return ok;
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

    private async Task<SigningKey?> CurrentKeyAsync(string kid, CancellationToken cancellationToken)
    {
        try
        {
            return await _keys.GetAsync(kid, cancellationToken);
        }
        catch (MetadataUnavailableException)
        {
            return null;
        }
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
