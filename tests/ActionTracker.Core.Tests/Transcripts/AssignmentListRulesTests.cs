using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class AssignmentListRulesTests
{
    private static readonly SpeakerDirectory Speakers = new(["Project Manager", "Marketing Expert", "Industrial Designer"]);

    [Theory]
    [InlineData("So you have half an hour to think about it.")]
    [InlineData("And you've got five minutes for the questions.")]
    public void Find_TimeToWorkIn_IsNoTask(string text) =>
        Assert.Null(AssignmentListRules.Find(Sentence(text), Speakers));

    [Fact]
    public void Find_NameThenNounPhrase_IsTheirTask()
    {
        CommitmentMatch? match = AssignmentListRules.Find(Sentence("And marketing, the product evaluation."), Speakers);

        Assert.Equal("Marketing Expert", match?.Named);
    }

    private static TranscriptSentence Sentence(string text) => PastedTranscript.Sentence(text, "Project Manager");
}
