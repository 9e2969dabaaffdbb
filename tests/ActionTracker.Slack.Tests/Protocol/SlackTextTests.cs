using ActionTracker.Slack.Protocol;

namespace ActionTracker.Slack.Tests.Protocol;

public sealed class SlackTextTests
{
    [Fact]
    public void Unescape_MentionWithName_CanonicalAndNameKept()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        string text = SlackText.Unescape("add Send deck <@U123ABC|maria> by friday", names);

        Assert.Equal("add Send deck <@U123ABC> by friday", text);
        Assert.Equal("maria", names["U123ABC"]);
    }

    [Theory]
    [InlineData("post in <#C0123|eng-standup>", "post in #eng-standup")]
    [InlineData("see <https://x.example/a?b=1&amp;c=2|the doc>", "see the doc")]
    [InlineData("a &lt;b&gt; &amp; c", "a <b> & c")]
    [InlineData("<@U1>", "<@U1>")]
    [InlineData("ping <!here>", "ping @here")]
    [InlineData("", "")]
    public void Unescape_Entities_Rewritten(string input, string expected)
    {
        Assert.Equal(expected, SlackText.Unescape(input, new Dictionary<string, string>(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("<@UBOT> list mine", "UBOT", "list mine")]
    [InlineData("  <@UBOT|bot>   add x", "UBOT", "add x")]
    [InlineData("<@UOTHER> hi", "UBOT", "<@UOTHER> hi")]
    [InlineData("<@UANY> help", null, "help")]
    public void StripMention_LeadingBotMention_Removed(string input, string? bot, string expected)
    {
        Assert.Equal(expected, SlackText.StripMention(input, bot));
    }
}
