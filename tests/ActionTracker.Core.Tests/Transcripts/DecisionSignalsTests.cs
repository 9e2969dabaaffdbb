using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class DecisionSignalsTests
{
    [Theory]
    [InlineData("We decided last time to do the offsite in Lisbon.", "We decided to do the offsite in Lisbon.", 0.2)]
    [InlineData("We agreed last quarter to share the survey results.", "We agreed to share the survey results.", 0.2)]
    [InlineData("Let's go around the table with the updates.", "Let's put rubber around the case edges.", 0.25)]
    public void Adjust_RecalledDecisionsAndTakingTurns_CountLess(string lower, string higher, double difference)
    {
        double gap = Adjust(higher) - Adjust(lower);

        Assert.True(gap >= difference - 0.001, $"{higher} is {gap:0.00} above {lower}");
    }

    private static double Adjust(string text)
    {
        TranscriptSentence sentence = PastedTranscript.Sentence(text);
        (double _, int start, string _) = DecisionRules.Find(sentence) ?? throw new InvalidOperationException("no decision cue in: " + text);
        return DecisionSignals.Adjust(sentence, start, chair: null);
    }
}
