using ActionTracker.Slack.OAuth;

namespace ActionTracker.Slack.Tests.OAuth;

public sealed class OAuthStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_FreshState_ReturnsNonce()
    {
        string state = OAuthState.Issue("secret", Now);

        Assert.NotNull(OAuthState.Validate("secret", state, Now.AddMinutes(9)));
    }

    [Fact]
    public void Validate_Expired_Null()
    {
        string state = OAuthState.Issue("secret", Now);

        Assert.Null(OAuthState.Validate("secret", state, Now.AddMinutes(11)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a.1.c")]
    public void Validate_Garbage_Null(string? state)
    {
        Assert.Null(OAuthState.Validate("secret", state, Now));
    }

    [Fact]
    public void Validate_OtherSecretOrTampered_Null()
    {
        string state = OAuthState.Issue("secret", Now);
        string[] parts = state.Split('.');
        string extended = parts[0] + "." + (long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + parts[2];

        Assert.Null(OAuthState.Validate("other", state, Now));
        Assert.Null(OAuthState.Validate("secret", extended, Now));
    }
}
