using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Tests.Commands;

public sealed class PrepCommandParserTests
{
    [Theory]
    [InlineData("prep", null)]
    [InlineData("/action prep", null)]
    [InlineData("prep M3", "M3")]
    [InlineData("PREP m12", "M12")]
    public void Parse_PrepForms_GiveTheCommand(string text, string? meetingId)
    {
        Assert.Equal(new PrepCommand(meetingId), CommandParser.Parse(text));
    }

    [Theory]
    [InlineData("Prep the board deck by Friday")]
    [InlineData("prep M3 slides")]
    public void Parse_PrepFollowedByOtherWords_IsANaturalFormItem(string text)
    {
        AddCommand add = Assert.IsType<AddCommand>(CommandParser.Parse(text));

        Assert.StartsWith("Prep", add.Title, StringComparison.OrdinalIgnoreCase);
    }
}
