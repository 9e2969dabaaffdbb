using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Tests.Dates;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("2d", 2)]
    [InlineData("2 d", 2)]
    [InlineData("3 days", 3)]
    [InlineData("1 day", 1)]
    [InlineData("a day", 1)]
    [InlineData("1w", 7)]
    [InlineData("2w", 14)]
    [InlineData("2 weeks", 14)]
    [InlineData("a week", 7)]
    [InlineData("one week", 7)]
    [InlineData(" 2D ", 2)]
    [InlineData("for 3 days", 3)]
    [InlineData("365d", 365)]
    [InlineData("52 weeks", 364)]
    public void TryParse_DaysOrWeeks_ReturnsDays(string text, int expected)
    {
        bool parsed = Durations.TryParse(text, out int days);

        Assert.True(parsed);
        Assert.Equal(expected, days);
    }

    [Theory]
    [InlineData("1 month")]
    [InlineData("2 months")]
    [InlineData("0d")]
    [InlineData("366d")]
    [InlineData("53w")]
    [InlineData("-2d")]
    [InlineData("2")]
    [InlineData("d")]
    [InlineData("99999999999d")]
    [InlineData("friday")]
    [InlineData("2 apples")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotADuration_ReturnsFalse(string? text)
    {
        bool parsed = Durations.TryParse(text, out int days);

        Assert.False(parsed);
        Assert.Equal(0, days);
    }
}
