using System.Text.Json;
using ActionTracker.Teams.Handlers;

namespace ActionTracker.Teams.Tests.Handlers;

public sealed class CardCommandsTests
{
    [Theory]
    [InlineData("""{"action":{"verb":"done","data":{"command":"done #42","item":42,"revision":3}}}""", "done #42", 42L)]
    [InlineData("""{"action":{"verb":"newDate","data":{"command":"due #42 ","item":42,"input":"newDateValue","newDateValue":"2026-12-01"}}}""", "due #42 2026-12-01", 42L)]
    [InlineData("""{"action":{"verb":"reassign","data":{"command":"assign #7 ","input":"reassignValue","reassignValue":"  Alex  "}}}""", "assign #7 Alex", null)]
    [InlineData("""{"action":{"verb":"more","data":{"command":"more"}}}""", "more", null)]
    public void CardCommand_Data_BuildsCommandText(string value, string expected, long? item)
    {
        using var document = JsonDocument.Parse(value);

        (string Text, long? Item)? command = CardCommands.FromInvoke(document.RootElement.Clone());

        Assert.Equal(expected, command!.Value.Text);
        Assert.Equal(item, command.Value.Item);
    }

    [Theory]
    [InlineData("""{"action":{"verb":"task.complete","data":{"taskId":"task_42"}}}""")]
    [InlineData("""{"action":{"verb":"done","data":{"command":42}}}""")]
    [InlineData("""{"action":"x"}""")]
    [InlineData("""[]""")]
    [InlineData("""{"action":{"verb":"done","data":{"command":"   "}}}""")]
    public void CardCommand_Foreign_IsNull(string value)
    {
        using var document = JsonDocument.Parse(value);

        Assert.Null(CardCommands.FromInvoke(document.RootElement.Clone()));
    }

    [Fact]
    public void DataCommand_SubmitFallbackValue_BuildsCommandText()
    {
        using var document = JsonDocument.Parse("""{"command":"snooze #5 ","item":5,"input":"snoozeValue","snoozeValue":"2026-12-24"}""");

        Assert.Equal("snooze #5 2026-12-24", CardCommands.FromData(document.RootElement.Clone())!.Value.Text);
    }
}
