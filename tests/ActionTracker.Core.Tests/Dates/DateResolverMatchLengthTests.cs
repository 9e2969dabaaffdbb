using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Tests.Dates;

public sealed class DateResolverMatchLengthTests
{
    [Theory]
    [InlineData("Friday 3pm !high", 0, 2)]
    [InlineData("the phone", 0, 0)]
    [InlineData("next week", 0, 2)]
    [InlineData("Dec 5 2026 p1", 0, 3)]
    [InlineData("Send the deck to @maria by Friday 3pm !high", 6, 2)]
    [InlineData("Send the deck to @maria by Friday 3pm !high", 5, 3)]
    [InlineData("due:sunday please", 0, 1)]
    [InlineData("due: sunday please", 0, 2)]
    [InlineData("tomorrow at 15:00 to maria", 0, 3)]
    [InlineData("friday at the office", 0, 1)]
    [InlineData("3pm on friday", 0, 3)]
    [InlineData("3 pm", 0, 2)]
    [InlineData("in 3 days", 0, 3)]
    [InlineData("in 3 apples", 0, 0)]
    [InlineData("end of the week !high", 0, 4)]
    [InlineData("end of the road", 0, 0)]
    [InlineData("Q3 2027 review", 0, 2)]
    [InlineData("5th of December, then", 0, 3)]
    [InlineData("12/5 #ops", 0, 1)]
    [InlineData("Fri 27 Nov 2026 15:00", 0, 5)]
    [InlineData("Feb 30", 0, 2)]
    [InlineData("next", 0, 0)]
    [InlineData("by", 0, 0)]
    [InlineData("may I", 0, 0)]
    [InlineData("🎉 friday", 0, 0)]
    [InlineData("friday", 1, 0)]
    [InlineData("friday", -1, 0)]
    public void MatchLength_Tokens_ReturnsExpressionLength(string text, int start, int expected)
    {
        string[] tokens = text.Split(' ');

        int length = DateResolver.MatchLength(tokens, start);

        Assert.Equal(expected, length);
    }

    [Fact]
    public void MatchLength_OddTokens_NeverThrows()
    {
        string huge = new('x', 10_240);
        string[][] inputs = [[], [string.Empty], [string.Empty, "friday"], [huge], ["due:" + huge], ["🎉", "👍🏽"], [null!, "friday"], [huge, "3pm"]];

        int[] lengths = [.. inputs.Select(tokens => DateResolver.MatchLength(tokens, 0))];

        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0], lengths);
    }
}
