using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Items;

public sealed class RecurrenceRuleTests
{
    [Theory]
    [InlineData("every", "monday", "weekly:Monday")]
    [InlineData("every", "Fri", "weekly:Friday")]
    [InlineData("every", "day", "daily")]
    [InlineData("every", "weekday", "weekdays")]
    [InlineData("every", "month", "monthly")]
    [InlineData("repeat", "weekly", "weekly")]
    [InlineData("every", "now", null)]
    [InlineData("repeat", "forever", null)]
    public void TryRead_KnownForms_GiveTheRule(string first, string second, string? expected)
    {
        Assert.Equal(expected, RecurrenceRule.TryRead(first, second));
    }

    [Theory]
    [InlineData("weekly:Monday", "2026-11-27", "2026-11-30")]
    [InlineData("weekly:Monday", "2026-11-30", "2026-12-07")]
    [InlineData("weekdays", "2026-11-27", "2026-11-30")]
    [InlineData("daily", "2026-11-27", "2026-11-28")]
    [InlineData("monthly", "2026-01-31", "2026-02-28")]
    public void Next_FollowsTheRule(string rule, string current, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RecurrenceRule.Next(rule, DateOnly.Parse(current, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Parse_EveryMonday_SetsRecurrenceAndKeepsTheTitle()
    {
        var parsed = Assert.IsType<AddCommand>(CommandParser.Parse("Send the weekly report every Monday"));

        Assert.Equal(("Send the weekly report", "weekly:Monday"), (parsed.Title, parsed.Recurrence));
    }
}
