using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class DraftMergerTests
{
    [Fact]
    public void MergeItems_ShortRepeatOfAFullerTask_KeepsTheFullerTaskAtTheHigherConfidence()
    {
        List<DraftItem> merged = DraftMerger.MergeItems([
            Item("Work together on a prototype drawing on the whiteboard", "Dana", 0.6, 60),
            Item("Work together", "Dana", 0.72, 400),
        ]);

        DraftItem item = Assert.Single(merged);
        Assert.Equal(("Work together on a prototype drawing on the whiteboard", 0.72, TimeSpan.FromSeconds(60)), (item.Task, item.Confidence, item.Timestamp));
    }

    [Theory]
    [InlineData("Think about the working design", "Dana", "Send the design to the client", "Dana")]
    [InlineData("Work together on the prototype", "Dana", "Work together", "Tom")]
    public void MergeItems_OneSharedWordOrAnotherOwner_StayApart(string surerTask, string surerOwner, string task, string owner)
    {
        List<DraftItem> merged = DraftMerger.MergeItems([Item(surerTask, surerOwner, 0.9, 60), Item(task, owner, 0.8, 400)]);

        Assert.Equal(2, merged.Count);
    }

    private static DraftItem Item(string task, string owner, double confidence, int seconds) => new()
    {
        Task = task,
        Owner = owner,
        Quote = task,
        Timestamp = TimeSpan.FromSeconds(seconds),
        Confidence = confidence,
        Reason = "assignment to the person addressed",
    };
}
