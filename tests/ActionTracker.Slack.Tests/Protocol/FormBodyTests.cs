using System.Text;
using ActionTracker.Slack.Protocol;

namespace ActionTracker.Slack.Tests.Protocol;

public sealed class FormBodyTests
{
    [Fact]
    public void TryParse_PlusAndPercent_Decoded()
    {
        bool ok = FormBody.TryParse(Encoding.UTF8.GetBytes("text=summarize+last%20meeting&command=%2Faction&empty="), out var fields);

        Assert.True(ok);
        Assert.Equal("summarize last meeting", fields["text"]);
        Assert.Equal("/action", fields["command"]);
        Assert.Equal(string.Empty, fields["empty"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("text=%zz")]
    [InlineData("text=%2")]
    [InlineData("=value")]
    [InlineData("text=%C3%28")]
    public void TryParse_Malformed_False(string body)
    {
        Assert.False(FormBody.TryParse(Encoding.UTF8.GetBytes(body), out _));
    }

    [Fact]
    public void TryParse_InvalidUtf8_False()
    {
        Assert.False(FormBody.TryParse(new byte[] { 0x74, 0x3d, 0xff, 0xfe }, out _));
    }
}
