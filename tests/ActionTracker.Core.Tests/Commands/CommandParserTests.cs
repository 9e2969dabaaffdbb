using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [MemberData(nameof(CommandParserAddCases.Cases), MemberType = typeof(CommandParserAddCases))]
    public void Parse_AddOrNaturalText_ReturnsExpectedCommand(string input, ParsedCommand expected)
    {
        ParsedCommand actual = CommandParser.Parse(input);

        Assert.Equal(CommandComparison.Normalize(expected), CommandComparison.Normalize(actual));
    }

    [Theory]
    [MemberData(nameof(CommandParserItemCases.Cases), MemberType = typeof(CommandParserItemCases))]
    public void Parse_ItemVerbText_ReturnsExpectedCommand(string input, ParsedCommand expected)
    {
        ParsedCommand actual = CommandParser.Parse(input);

        Assert.Equal(CommandComparison.Normalize(expected), CommandComparison.Normalize(actual));
    }

    [Theory]
    [MemberData(nameof(CommandParserGeneralCases.Cases), MemberType = typeof(CommandParserGeneralCases))]
    public void Parse_GeneralText_ReturnsExpectedCommand(string input, ParsedCommand expected)
    {
        ParsedCommand actual = CommandParser.Parse(input);

        Assert.Equal(CommandComparison.Normalize(expected), CommandComparison.Normalize(actual));
    }

    [Fact]
    public void Parse_Null_ReturnsHelp()
    {
        ParsedCommand actual = CommandParser.Parse(null);

        Assert.Equal(new HelpCommand(null), actual);
    }

    [Fact]
    public void Parse_TextOverLimit_ReturnsLengthFailure()
    {
        string text = "add " + new string('x', CommandParser.MaxLength - 3);

        ParsedCommand actual = CommandParser.Parse(text);

        Assert.Equal(new ParseFailure("That command is 4001 characters; the limit is 4000."), actual);
    }

    [Fact]
    public void Parse_TextAtLimit_ReturnsAddCommand()
    {
        string text = "add " + new string('x', CommandParser.MaxLength - 4);

        ParsedCommand actual = CommandParser.Parse(text);

        AddCommand add = Assert.IsType<AddCommand>(actual);
        Assert.Equal(CommandParser.MaxLength - 4, add.Title.Length);
    }

    [Fact]
    public void Parse_OneMegabyte_ReturnsLengthFailure()
    {
        string text = new('#', 1024 * 1024);

        ParsedCommand actual = CommandParser.Parse(text);

        Assert.Equal(new ParseFailure("That command is 1048576 characters; the limit is 4000."), actual);
    }

    [Fact]
    public void Parse_NaturalFormWithFivePeople_ReturnsOwnerThenWatchersInOrder()
    {
        const string Text = "Plan the launch with @maria @bob <@U1> carol@contoso.com @\"Dee Dee\"";

        AddCommand actual = Assert.IsType<AddCommand>(CommandParser.Parse(Text));

        Assert.Equal(new NamedPerson("maria"), actual.Owner);
        Assert.Equal([new NamedPerson("bob"), new MentionedPerson("U1"), new NamedPerson("carol@contoso.com"), new NamedPerson("Dee Dee")], actual.Watchers);
        Assert.Equal("Plan the launch", actual.Title);
    }

    [Fact]
    public void Parse_LongUnknownListWord_EchoesFortyCharacters()
    {
        string text = "list " + new string('y', 200);

        ParseFailure actual = Assert.IsType<ParseFailure>(CommandParser.Parse(text));

        Assert.Equal("I didn't understand '" + new string('y', 40) + "…' in that `list` command.", actual.Message);
    }
}
