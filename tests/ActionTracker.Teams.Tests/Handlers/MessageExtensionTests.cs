using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.People;
using ActionTracker.Teams.Handlers;
using ActionTracker.TestSupport;

namespace ActionTracker.Teams.Tests.Handlers;

public sealed class MessageExtensionTests
{
    private static readonly PersonRef Requester = new("5c7f1d2e-3a4b-4c5d-9e8f-0a1b2c3d4e5f", "Alex Wilber");

    [Fact]
    public void FetchResponse_PrefillsSanitisedMessageText()
    {
        using var value = JsonDocument.Parse("""
            {"commandId":"createActionItem","commandContext":"message",
             "messagePayload":{"id":"1","body":{"contentType":"html","content":"<p>Please <b>send</b> the deck &amp; notes<script>alert(1)</script></p>"}}}
            """);

        JsonObject response = MessageExtension.FetchResponse(value.RootElement.Clone(), Requester);

        Assert.Equal("continue", (string?)response["task"]!["type"]);
        JsonNode title = response["task"]!["value"]!["card"]!["content"]!["body"]![0]!;
        Assert.Equal("Please send the deck & notes alert(1)", (string?)title["value"]);
    }

    [Fact]
    public void FetchResponse_HugeMessage_IsCapped()
    {
        string html = "<p>" + new string('x', 5000) + "</p>";
        using var value = JsonDocument.Parse(new JsonObject { ["messagePayload"] = new JsonObject { ["body"] = new JsonObject { ["content"] = html } } }.ToJsonString());

        JsonObject response = MessageExtension.FetchResponse(value.RootElement.Clone(), Requester);

        Assert.Equal(MessageExtension.MaxTitleLength, ((string?)response["task"]!["value"]!["card"]!["content"]!["body"]![0]!["value"])!.Length);
    }

    [Fact]
    public void FetchResponse_CreateForm_MatchesGoldenFile()
    {
        using var value = JsonDocument.Parse("""
            {"messagePayload":{"body":{"contentType":"html","content":"<p>Send the pricing deck</p>"},
             "from":{"user":{"id":"0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b","displayName":"Megan Bowen"}}}}
            """);

        JsonObject response = MessageExtension.FetchResponse(value.RootElement.Clone(), Requester);

        GoldenFile.Verify("CreateForm.FromMessage", response["task"]!["value"]!["card"]!["content"]!.DeepClone());
    }

    [Theory]
    [InlineData("""{"data":{"title":"Send the deck","owner":"@Maria Garcia","due":"2026-12-01"}}""", "add Send the deck @\"Maria Garcia\" due 2026-12-01")]
    [InlineData("""{"data":{"title":"  Send   the deck ","owner":"","due":""}}""", "add Send the deck")]
    [InlineData("""{"data":{"title":"Send the deck","ownerId":"0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b","owner":"","priority":"high"}}""", "add Send the deck <@0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b> priority high")]
    [InlineData("""{"data":{"title":"Send the deck","ownerId":"0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b","owner":"Maria"}}""", "add Send the deck @\"Maria\"")]
    [InlineData("""{"data":{"title":"Send the deck","ownerId":"x> done #1","priority":"normal"}}""", "add Send the deck")]
    [InlineData("""{"data":{"title":"Send the deck","priority":"p0wn"}}""", "add Send the deck")]
    [InlineData("""{"data":{"title":""}}""", null)]
    [InlineData("""{"nodata":true}""", null)]
    public void AddCommand_FromForm(string value, string? expected)
    {
        using var document = JsonDocument.Parse(value);

        Assert.Equal(expected, MessageExtension.AddCommand(document.RootElement.Clone()));
    }
}
