using System.Text;
using ActionTracker.Slack.Auth;

namespace ActionTracker.Slack.Tests.Auth;

public sealed class SlackSignatureTests
{
    private const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string SlackTimestamp = "1531420618";
    private const string SlackBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string SlackExpected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private const string OwnBody = "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}";
    private const string OwnExpected = "v0=1a15cdc29615964011f4a8cd47cf44c415822342fbdace5b7f1f4f2904e0812a";

    private static readonly DateTimeOffset SlackNow = DateTimeOffset.FromUnixTimeSeconds(1531420618);
    private static readonly DateTimeOffset OwnNow = DateTimeOffset.FromUnixTimeSeconds(1767225600);

    [Fact]
    public void Compute_SlackPublishedVector_MatchesExpected()
    {
        string signature = SlackSignature.Compute(SlackSecret, SlackTimestamp, Encoding.UTF8.GetBytes(SlackBody));

        Assert.Equal(SlackExpected, signature);
    }

    [Fact]
    public void Verify_SlackPublishedVector_Valid()
    {
        SignatureCheck check = SlackSignature.Verify(SlackSecret, SlackTimestamp, SlackExpected, Encoding.UTF8.GetBytes(SlackBody), SlackNow);

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Verify_UrlVerificationVector_Valid()
    {
        SignatureCheck check = SlackSignature.Verify(SlackSecret, "1767225600", OwnExpected, Encoding.UTF8.GetBytes(OwnBody), OwnNow);

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(100_000_000)]
    public void Verify_TimestampOutsideWindow_Stale(int offsetSeconds)
    {
        SignatureCheck check = SlackSignature.Verify(SlackSecret, SlackTimestamp, SlackExpected, Encoding.UTF8.GetBytes(SlackBody), SlackNow.AddSeconds(offsetSeconds));

        Assert.Equal(SignatureCheck.StaleTimestamp, check);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void Verify_TimestampAtWindowEdge_Valid(int offsetSeconds)
    {
        SignatureCheck check = SlackSignature.Verify(SlackSecret, SlackTimestamp, SlackExpected, Encoding.UTF8.GetBytes(SlackBody), SlackNow.AddSeconds(offsetSeconds));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Theory]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")]
    [InlineData("garbage")]
    public void Verify_WrongSignature_Bad(string signature)
    {
        SignatureCheck check = SlackSignature.Verify(SlackSecret, SlackTimestamp, signature, Encoding.UTF8.GetBytes(SlackBody), SlackNow);

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Fact]
    public void Verify_OneByteChanged_Bad()
    {
        byte[] body = Encoding.UTF8.GetBytes(SlackBody);
        body[10] ^= 1;

        SignatureCheck check = SlackSignature.Verify(SlackSecret, SlackTimestamp, SlackExpected, body, SlackNow);

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Theory]
    [InlineData(null, "1531420618", "v0=x")]
    [InlineData("", "1531420618", "v0=x")]
    [InlineData(SlackSecret, null, "v0=x")]
    [InlineData(SlackSecret, "1531420618", null)]
    public void Verify_MissingInput_FailsClosed(string? secret, string? timestamp, string? signature)
    {
        SignatureCheck check = SlackSignature.Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(SlackBody), SlackNow);

        Assert.Equal(SignatureCheck.MissingHeaders, check);
    }

    [Theory]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999999")]
    public void Verify_UnparsableTimestamp_Stale(string timestamp)
    {
        SignatureCheck check = SlackSignature.Verify(SlackSecret, timestamp, SlackExpected, Encoding.UTF8.GetBytes(SlackBody), SlackNow);

        Assert.Equal(SignatureCheck.StaleTimestamp, check);
    }
}
