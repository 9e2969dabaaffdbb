using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Slack.Handlers;

namespace ActionTracker.Slack.Tests.Handlers;

public sealed class SlackContextBuilderTests
{
    [Theory]
    [InlineData("D0123", "directmessage", ConversationKind.Personal)]
    [InlineData("D0123", null, ConversationKind.Personal)]
    [InlineData("C0123", "directmessage", ConversationKind.Personal)]
    [InlineData("G0123", "privategroup", ConversationKind.Group)]
    [InlineData("C0999", "mpdm-megan--tom-1", ConversationKind.Group)]
    [InlineData("C0123", "eng-standup", ConversationKind.Channel)]
    public void KindOf_ChannelIdAndName_Classified(string channelId, string? channelName, ConversationKind expected)
    {
        Assert.Equal(expected, SlackContextBuilder.KindOf(channelId, channelName));
    }

    [Theory]
    [InlineData("en-US", DayMonthOrder.MonthFirst)]
    [InlineData("en-GB", DayMonthOrder.DayFirst)]
    [InlineData("de-DE", DayMonthOrder.DayFirst)]
    [InlineData(null, DayMonthOrder.Unknown)]
    [InlineData("", DayMonthOrder.Unknown)]
    public void OrderOf_Locale_DateOrder(string? locale, DayMonthOrder expected)
    {
        Assert.Equal(expected, SlackContextBuilder.OrderOf(locale));
    }

    [Theory]
    [InlineData("add Send the deck by friday", true)]
    [InlineData("due #4 tomorrow", true)]
    [InlineData("snooze #4 2 days", true)]
    [InlineData("list due this week", true)]
    [InlineData("add Send the deck", false)]
    [InlineData("list", false)]
    [InlineData("list team", false)]
    [InlineData("done #4", false)]
    [InlineData("help", false)]
    public void NeedsZoneNow_OnlyCommandsReadingTypedDates(string text, bool expected)
    {
        Assert.Equal(expected, SlackContextBuilder.NeedsZoneNow(CommandParser.Parse(text)));
    }
}
