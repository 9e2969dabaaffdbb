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
        TranscriptSentence sentence = TranscriptSentenceSplitter.Split([new TranscriptCue { Speaker = "Kevin", Text = "I will " + task.ToLowerInvariant() + ".", Start = TimeSpan.Zero }])[0];

        double delta = Signals.Adjust(sentence, task, FirstPerson) - Signals.Adjust(sentence, "Hold our project sponsor", FirstPerson);

        Assert.Equal(gain, delta, 3);
    }
}
