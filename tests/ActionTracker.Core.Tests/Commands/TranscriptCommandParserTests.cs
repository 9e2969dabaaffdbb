using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Tests.Commands;

public sealed class TranscriptCommandParserTests
{
    [Fact]
    public void Parse_PastedText_KeepsLinesAndIgnoresCommandLengthLimit()
    {
        string text = "Maria: I'll send the budget by Friday.\nTom: Ok.\n" + new string('x', 10_000);

        ParsedCommand parsed = CommandParser.Parse("/action transcript " + text);

        Assert.Equal(text, Assert.IsType<TranscriptCommand>(parsed).Text);
    }

    [Theory]
    [InlineData("transcript")]
    [InlineData("TRANSCRIPT   ")]
    [InlineData("/action transcript \n\n")]
    public void Parse_NoText_AsksForIt(string text)
    {
        Assert.Null(Assert.IsType<TranscriptCommand>(CommandParser.Parse(text)).Text);
    }

    [Theory]
    [InlineData("transcript accept M3 2", DraftReviewAction.Accept, 3L, 2)]
    [InlineData("transcript reject m12 7", DraftReviewAction.Reject, 12L, 7)]
    [InlineData("transcript accept M3 all", DraftReviewAction.AcceptAll, 3L, null)]
    [InlineData("transcript show M3", DraftReviewAction.Show, 3L, null)]
    public void Parse_ReviewClicks(string text, DraftReviewAction action, long meeting, int? item)
    {
        DraftReviewCommand command = Assert.IsType<DraftReviewCommand>(CommandParser.Parse(text));

        Assert.Equal((action, meeting, item), (command.Action, command.Meeting, command.Item));
    }

    [Fact]
    public void Parse_Edit_ReadsFieldsWithSpaces()
    {
        DraftReviewCommand command = Assert.IsType<DraftReviewCommand>(CommandParser.Parse("transcript edit M3 2 title=Send the revised budget owner=<@U0MARIA001> due=next friday"));

        Assert.Equal(("Send the revised budget", "<@U0MARIA001>", "next friday"), (command.Title, command.Owner, command.Due));
    }

    [Theory]
    [InlineData("transcript accept M3")]
    [InlineData("transcript reject M3 all")]
    [InlineData("transcript accept M0 1")]
    [InlineData("transcript edit M3 2 Send it")]
    public void Parse_BadReview_ExplainsWithUsage(string text)
    {
        ParseFailure failure = Assert.IsType<ParseFailure>(CommandParser.Parse(text));

        Assert.NotNull(failure.Usage);
    }

    [Fact]
    public void Parse_WordStartingWithTranscript_IsNotTheVerb()
    {
        Assert.IsNotType<TranscriptCommand>(CommandParser.Parse("transcripts need review by Friday"));
    }
}
