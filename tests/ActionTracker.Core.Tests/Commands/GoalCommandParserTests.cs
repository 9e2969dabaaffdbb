using ActionTracker.Core.Commands;
using ActionTracker.Core.Goals;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Commands;

public sealed class GoalCommandParserTests
{
    public static TheoryData<string, ParsedCommand> Valid => new()
    {
        { "goal add Grow revenue 20% due end of quarter", new GoalAddCommand("Grow revenue 20%", null, "end of quarter", GoalScope.Team) },
        { "goal add Learn to present personal", new GoalAddCommand("Learn to present", null, null, GoalScope.Personal) },
        { "goal add Hire a CFO <@U1> due Q1 team", new GoalAddCommand("Hire a CFO", new MentionedPerson("U1"), "Q1", GoalScope.Team) },
        { "goal list", new GoalListCommand() },
        { "goal show g7", new GoalShowCommand("G7") },
        { "goal milestone G7 Pilot live due Dec 18", new MilestoneAddCommand("G7", "Pilot live", "Dec 18") },
        { "link #42 G7", new LinkCommand(new ItemNumber(42), "G7") },
        { "link 42 g7.2", new LinkCommand(new ItemNumber(42), "G7.2") },
        { "unlink #42", new LinkCommand(new ItemNumber(42), null) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_GoalCommands_GiveTheExactRecord(string text, ParsedCommand expected)
    {
        ParsedCommand parsed = CommandParser.Parse(text);

        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("goal")]
    [InlineData("goal show")]
    [InlineData("goal show G7.2")]
    [InlineData("goal milestone banana Pilot")]
    [InlineData("goal add")]
    [InlineData("goal add Revenue !high")]
    [InlineData("link #42")]
    [InlineData("link #42 banana")]
    [InlineData("unlink")]
    public void Parse_MalformedGoalCommands_FailWithUsage(string text)
    {
        ParseFailure failure = Assert.IsType<ParseFailure>(CommandParser.Parse(text));

        Assert.NotNull(failure.Usage);
    }
}
