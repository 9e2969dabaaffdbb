using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Teams.Auth;

/// <summary>A JWKS key with the channels that endorse it (Bot Framework's extra <c>endorsements</c> array).</summary>
public sealed record SigningKey(SecurityKey Key, IReadOnlyList<string> Endorsements);
