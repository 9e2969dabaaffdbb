using ActionTracker.Slack.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.Tests.DependencyInjection;

public sealed class SlackOptionsValidatorTests
{
    [Fact]
    public void Validate_NoSigningSecret_DisabledAndValid()
    {
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions()).Succeeded);
    }

    [Fact]
    public void Validate_BotTokenMode_Valid()
    {
        var options = new SlackOptions { SigningSecret = "s", AppId = "A1", BotToken = "xoxb-1" };

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(null, "xoxb", null, null, "Slack:AppId")]
    [InlineData("A1", null, null, null, "Slack:BotToken")]
    [InlineData("A1", null, "cid", null, "Slack:ClientSecret")]
    [InlineData("A1", null, null, "sec", "Slack:ClientId")]
    public void Validate_Missing_NamesTheKey(string? appId, string? botToken, string? clientId, string? clientSecret, string key)
    {
        var options = new SlackOptions { SigningSecret = "s", AppId = appId, BotToken = botToken, ClientId = clientId, ClientSecret = clientSecret };

        ValidateOptionsResult result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }
}
