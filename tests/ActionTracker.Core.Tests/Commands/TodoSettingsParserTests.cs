using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Tests.Commands;

public sealed class TodoSettingsParserTests
{
    [Theory]
    [InlineData("settings todo on", "on")]
    [InlineData("/action settings todo off", "off")]
    [InlineData("settings TODO", null)]
    [InlineData("settings todo status", "status")]
    public void Parse_SettingsTodo_IsSettingsCommand(string text, string? value)
    {
        ParsedCommand parsed = CommandParser.Parse(text);

        Assert.Equal(new SettingsCommand("todo", value), parsed);
    }

    [Fact]
    public void Parse_UnknownSettingsField_NamesTodo()
    {
        ParsedCommand parsed = CommandParser.Parse("settings planner on");

        Assert.Contains("todo on|off", Assert.IsType<ParseFailure>(parsed).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyncAsFirstWordOfAnItem_StaysAnItem()
    {
        ParsedCommand parsed = CommandParser.Parse("Sync with @maria about the budget by Friday");

        Assert.IsType<AddCommand>(parsed);
    }
}
