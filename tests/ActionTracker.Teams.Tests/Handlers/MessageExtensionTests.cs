using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Teams.Handlers;

namespace ActionTracker.Teams.Tests.Handlers;

public sealed class MessageExtensionTests
{
    [Fact]
    public void FetchResponse_PrefillsSanitisedMessageText()
    {
        using var value = JsonDocument.Parse("""
            {"commandId":"createActionItem","commandContext":"message",
             "messagePayload":{"id":"1","body":{"contentType":"html","content":"<p>Please <b>send</b> the deck &amp; notes<script>alert(1)</script></p>"}}}
            """);

        JsonObject response = MessageExtension.FetchResponse(value.RootElement.Clone());

        Assert.Equal("continue", (string?)response["task"]!["type"]);
        JsonNode title = response["task"]!["value"]!["card"]!["content"]!["body"]![0]!;
        Assert.Equal("Please send the deck & notes alert(1)", (string?)title["value"]);
    }

    [Fact]
    public void FetchResponse_HugeMessage_IsCapped()
    {
        string html = "<p>" + new string('x', 5000) + "</p>";
        using var value = JsonDocument.Parse(new JsonObject { ["messagePayload"] = new JsonObject { ["body"] = new JsonObject { ["content"] = html } } }.ToJsonString());

        JsonObject response = MessageExtension.FetchResponse(value.RootElement.Clone());

        Assert.Equal(MessageExtension.MaxTitleLength, ((string?)response["task"]!["value"]!["card"]!["content"]!["body"]![0]!["value"])!.Length);
    }

    [Theory]
    [InlineData("""{"data":{"title":"Send the deck","owner":"@Maria Garcia","due":"2026-12-01"}}""", "add Send the deck @\"Maria Garcia\" due 2026-12-01")]
    [InlineData("""{"data":{"title":"  Send   the deck ","owner":"","due":""}}""", "add Send the deck")]
    [InlineData("""{"data":{"title":""}}""", null)]
    [InlineData("""{"nodata":true}""", null)]
    public void AddCommand_FromForm(string value, string? expected)
    {
        using var document = JsonDocument.Parse(value);

        Assert.Equal(expected, MessageExtension.AddCommand(document.RootElement.Clone()));
    }
}
