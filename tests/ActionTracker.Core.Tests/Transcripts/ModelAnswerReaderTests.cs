using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class ModelAnswerReaderTests
{
    [Fact]
    public void Read_StrictAnswer_ReadsEveryField()
    {
        ModelAnswer answer = ModelAnswerReader.Read("""
            {"items":[{"task":"Send the budget","owner":"Omar","due":"by Friday","quoteTurn":3,"confidence":0.9,"reason":"commitment"}],
             "decisions":[{"text":"Move the launch","quoteTurn":4}]}
            """)!;

        ModelAnswerItem item = Assert.Single(answer.Items!);
        Assert.Equal(new ModelAnswerItem { Task = "Send the budget", Owner = "Omar", Due = "by Friday", QuoteTurn = 3, Confidence = 0.9, Reason = "commitment" }, item);
        Assert.Equal(new ModelAnswerDecision { Text = "Move the launch", QuoteTurn = 4 }, Assert.Single(answer.Decisions!));
    }

    [Fact]
    public void Read_MarkdownFenceNumbersAsStringsAndUnknownFields_AreTolerated()
    {
        ModelAnswer answer = ModelAnswerReader.Read("""
            ```json
            {"items":[{"task":"Send the budget","quoteTurn":"3","confidence":"0.5","quote":"made up","extra":{"a":1}}]}
            ```
            """)!;

        ModelAnswerItem item = Assert.Single(answer.Items!);
        Assert.Equal(3, item.QuoteTurn);
        Assert.Equal(0.5, item.Confidence);
        Assert.Null(answer.Decisions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Sure! The action items are: send the budget.")]
    [InlineData("""{"items":[{"task":"Send""")]
    [InlineData("""{"summary":"nothing to do"}""")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("```\n```")]
    [InlineData("""{"items":"none"}""")]
    [InlineData("""{"items":[{"quoteTurn":1e400}]}""")]
    public void Read_NotTheAskedForObject_IsNoAnswer(string? text)
    {
        Assert.Null(ModelAnswerReader.Read(text));
    }
}
