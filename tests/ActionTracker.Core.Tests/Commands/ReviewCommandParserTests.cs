using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Commands;

public sealed class ReviewCommandParserTests
{
    [Fact]
    public void Parse_AddDevelopment_ReadsTheRestAsAnAddOfKindDevelopment()
    {
        ParsedCommand parsed = CommandParser.Parse("review @maria add-development Lead the Q1 planning due Jan 31");

        ReviewDevelopmentCommand command = Assert.IsType<ReviewDevelopmentCommand>(parsed);
        Assert.Equal(new NamedPerson("maria"), command.Person);
        Assert.Null(command.FromText);
        Assert.Null(command.ToText);
        Assert.Equal("Lead the Q1 planning", command.Item.Title);
        Assert.Equal("Jan 31", command.Item.DueText);
        Assert.Equal(ItemKind.Development, command.Item.Kind);
    }

    [Fact]
    public void Parse_AddDevelopmentAfterThePeriod_KeepsThePeriodAndTitleWordsLikeTo()
    {
        ParsedCommand parsed = CommandParser.Parse("review <@U1> from 2026-09-01 to 2026-11-30 add-development Talk to the board");

        ReviewDevelopmentCommand command = Assert.IsType<ReviewDevelopmentCommand>(parsed);
        Assert.Equal(new MentionedPerson("U1"), command.Person);
        Assert.Equal("2026-09-01", command.FromText);
        Assert.Equal("2026-11-30", command.ToText);
        Assert.Equal("Talk to the board", command.Item.Title);
        Assert.Null(command.Item.DueText);
    }

    [Fact]
    public void Parse_ReviewMeAddDevelopment_MeansTheRequester()
    {
        ReviewDevelopmentCommand command = Assert.IsType<ReviewDevelopmentCommand>(CommandParser.Parse("review me add-development Learn SQL"));

        Assert.Null(command.Person);
        Assert.Equal("Learn SQL", command.Item.Title);
    }

    [Theory]
    [InlineData("review @maria add-development", "Say what the development item is")]
    [InlineData("review @maria add-development   ", "Say what the development item is")]
    [InlineData("review @maria add-development Call the mentor every Monday", "A development item can't repeat")]
    [InlineData("review @maria add-development Present goal banana", "banana")]
    public void Parse_BadDevelopmentItem_IsAFailureWithTheReviewUsage(string text, string message)
    {
        ParseFailure failure = Assert.IsType<ParseFailure>(CommandParser.Parse(text));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Equal(HelpCatalog.UsageOf("review"), failure.Usage);
    }
}
