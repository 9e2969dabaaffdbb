using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class SignalsTests
{
    private static readonly CommitmentMatch FirstPerson = new() { Kind = CommitmentKind.Speaker, TaskStart = 2, Confidence = 0.55, Reason = "first-person commitment" };

    [Theory]
    [InlineData("Let our project sponsor know", 0.1)]
    [InlineData("Tell our project sponsor", 0.1)]
    [InlineData("Let you all know", 0)]
    [InlineData("Let our project sponsor decide", 0)]
    public void Adjust_TellingSomeoneOutsideTheMeeting_CountsAsWork(string task, double gain)
    {
        TranscriptSentence sentence = PastedTranscript.Sentence("I will " + task.ToLowerInvariant() + ".");

        double delta = Signals.Adjust(sentence, task, FirstPerson) - Signals.Adjust(sentence, "Hold our project sponsor", FirstPerson);

        Assert.Equal(gain, delta, 3);
    }

    [Theory]
    [InlineData("Move the board prep meeting", "to Thursday", 0.5)]
    [InlineData("Push the review", "to the 15th", 0.5)]
    [InlineData("Move the box", "to the left", 0)]
    public void Adjust_MovingToAnotherDay_IsAFollowUp(string task, string where, double gain)
    {
        var group = new CommitmentMatch { Kind = CommitmentKind.Group, TaskStart = 1, Confidence = 0.2, Reason = "group intention" };

        double delta = Signals.Adjust(Said("let's " + task + " " + where + "."), task + " " + where, group) - Signals.Adjust(Said("let's " + task + "."), task, group);

        Assert.Equal(gain, delta, 3);
    }

    private static TranscriptSentence Said(string text) => PastedTranscript.Sentence(text);
}
