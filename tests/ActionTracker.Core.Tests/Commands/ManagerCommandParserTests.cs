using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Tests.Commands;

public sealed class ManagerCommandParserTests
{
    [Fact]
    public void Parse_AdminManager_GivesBothPeople()
    {
        Assert.Equal(new ManagerCommand(new MentionedPerson("U1"), new MentionedPerson("U2")), CommandParser.Parse("admin manager <@U1> <@U2>"));
        Assert.Equal(new ManagerCommand(new NamedPerson("maria"), null), CommandParser.Parse("admin manager @maria none"));
    }

    [Theory]
    [InlineData("admin manager")]
    [InlineData("admin manager @maria")]
    [InlineData("admin manager @maria @tom @ana")]
    [InlineData("admin manager banana @tom")]
    public void Parse_IncompleteAdminManager_FailsWithUsage(string text)
    {
        Assert.NotNull(Assert.IsType<ParseFailure>(CommandParser.Parse(text)).Usage);
    }
}
