using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class TaskListRulesTests
{
    [Fact]
    public void Extract_ThingsToDoList_OneTaskPerPhrase()
    {
        // Every draft, not only the best few of a short meeting.
        var everyDraft = new RuleBasedExtractorOptions { BaseItems = 10 };
        TranscriptExtraction extraction = new RuleBasedTranscriptExtractor(everyDraft).Extract(PastedTranscript.Read("""
            Project Manager: Let's hear the reports.
            User Interface Designer: The user interface has two menus, and the interface design keeps the buttons few.
            Marketing Expert: People want something fancy, and the survey says the look matters most.
            Industrial Designer: The case can be plastic or rubber.
            Project Manager: Our next meeting starts in thirty minutes, you each have things to do, look and feel design, user interface design, product evaluation, and you two are going to build a prototype.
            """), ExtractionContext.None, CancellationToken.None);

        Assert.Contains(extraction.Items, i => i.Task == "Work on user interface design" && i.Owner == "User Interface Designer" && i.Reason == TaskListRules.Reason);
        Assert.Contains(extraction.Items, i => i.Task == "Work on product evaluation" && i.Reason == TaskListRules.Reason);
        Assert.Contains(extraction.Items, i => i.Task == "Look and feel design" && i.Reason == TaskListRules.Reason);
        Assert.Contains(extraction.Items, i => i.Task == "Build a prototype");
    }

    [Fact]
    public void FindAll_NextSteps_EachPhraseUpToTheClauseAfter()
    {
        TranscriptSentence sentence = Sentence("Next steps: the pricing page, the launch email, and the venue booking, and I'll send the notes.");

        List<CommitmentMatch> listed = TaskListRules.FindAll(sentence, 4);

        Assert.Equal(
            ["the pricing page", "the launch email", "the venue booking"],
            listed.Select(m => string.Join(' ', sentence.Words[m.TaskStart..m.TaskEnd]).TrimEnd(',')));
    }

    [Theory]
    [InlineData("We have lots of things to do, but let's take a break first.")]
    [InlineData("Next steps, I think, are for the board to decide.")]
    [InlineData("There are things to do, the budget.")]
    [InlineData("What are the next steps, the budget, the slides?")]
    public void FindAll_NoListOfTwoOrMore_Empty(string text) =>
        Assert.Empty(TaskListRules.FindAll(Sentence(text), 4));

    [Fact]
    public void ShareOut_EachTaskToWhoTalkedClearlyMostAboutIt_OnePersonOnce()
    {
        List<TranscriptSentence> sentences = TranscriptSentenceSplitter.Split([
            Cue("Lead", "Let's go round."),
            Cue("Ann", "The pricing page needs new pricing tiers and pricing copy."),
            Cue("Ben", "The launch email and the email list are ready, and the pricing looks fine."),
            Cue("Cem", "I have nothing this week."),
            Cue("Lead", "You each have things to do, the pricing page, the email, the budget."),
        ]);
        var resolver = new AddresseeResolver(sentences, [], new SpeakerDirectory(["Lead", "Ann", "Ben", "Cem"]));

        string?[] owners = resolver.ShareOut(sentences[^1], ["the email", "the pricing page", "the budget"]);

        Assert.Equal(new string?[] { "Ben", "Ann", null }, owners.AsEnumerable());
    }

    private static TranscriptCue Cue(string speaker, string text) => new() { Speaker = speaker, Text = text, Start = TimeSpan.Zero };

    private static TranscriptSentence Sentence(string text) => PastedTranscript.Sentence(text);
}
