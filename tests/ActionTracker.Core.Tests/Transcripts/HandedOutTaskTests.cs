using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>How tasks are handed out and taken on in ordinary meetings: "please", an owner's "sure", promised results.</summary>
public sealed class HandedOutTaskTests
{
    private static readonly ExtractionContext Monday = new() { MeetingDate = new DateOnly(2026, 11, 23) };

    [Fact]
    public void Extract_NamePlease_OwnedByTheNamedPerson()
    {
        TranscriptExtraction extraction = Extract("""
            Priya Raman: The customer had three outages last month.
            Priya Raman: Tom, please set up the call with their CTO this week.
            Tom Becker: Will do.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Tom Becker", item.Owner);
        Assert.Equal("Set up the call with their CTO this week", item.Task);
    }

    [Fact]
    public void Extract_EveryonePlease_HasNoSingleOwner()
    {
        TranscriptExtraction extraction = Extract("""
            Victoria Adams: Raj will draft the career framework.
            Victoria Adams: Everyone, please send Raj your input by the end of the month.
            Felix Wong: Will do.
            """);

        DraftItem item = Assert.Single(extraction.Items, i => i.Task.StartsWith("Send Raj", StringComparison.Ordinal));
        Assert.Null(item.Owner);
        Assert.Equal(new DateOnly(2026, 11, 30), item.Due);
    }

    [Fact]
    public void Extract_YesPlease_IsNoTask()
    {
        Assert.Empty(Extract("""
            Hannah Schmidt: Do you want the numbers as well?
            Omar Haddad: Yes please.
            Hannah Schmidt: Okay.
            """).Items);
    }

    [Fact]
    public void Extract_OwnerTakesOnRequestWithADate_OneItemWithTheirDate()
    {
        TranscriptExtraction extraction = Extract("""
            Rachel Moore: Luis, can you put together a sample import file so their team can validate the format?
            Luis Garcia: Yes, I'll have a sample ready by Friday.
            Rachel Moore: Perfect.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Luis Garcia", item.Owner);
        Assert.Equal("Put together a sample import file", item.Task);
        Assert.Equal(new DateOnly(2026, 11, 27), item.Due);
    }

    [Fact]
    public void Extract_OwnerAddsAnotherTaskWithAlso_KeepsBoth()
    {
        TranscriptExtraction extraction = Extract("""
            Priya Raman: Tom, please set up the call with their CTO this week.
            Tom Becker: Will do. I'll also send them the incident report before the call.
            Priya Raman: Perfect.
            """);

        Assert.Equal(2, extraction.Items.Count);
        Assert.All(extraction.Items, i => Assert.Equal("Tom Becker", i.Owner));
        Assert.Contains(extraction.Items, i => i.Task == "Send them the incident report");
    }

    [Fact]
    public void Extract_VagueAnswerToAPoliteRequest_TakesTheTaskFromTheRequest()
    {
        TranscriptExtraction extraction = Extract("""
            Alex Chen: Sam, could you review Jordan's pull request when it's up? You know that code best.
            Sam Rivera: Sure, I'll review it tomorrow morning.
            Alex Chen: Great.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Review Jordan's pull request", item.Task);
        Assert.Equal("Sam Rivera", item.Owner);
        Assert.Equal(new DateOnly(2026, 11, 24), item.Due);
    }

    [Fact]
    public void Extract_PromisedResult_IsATask()
    {
        TranscriptExtraction extraction = Extract("""
            Priya Raman: We need a root cause write-up for those outages.
            Marcus Lee: I'll have the postmortem done by Wednesday.
            Priya Raman: Good.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Marcus Lee", item.Owner);
        Assert.Equal(new DateOnly(2026, 11, 25), item.Due);
    }

    [Fact]
    public void Extract_HaveTimeOrHaveAQuestion_IsNoTask()
    {
        Assert.Empty(Extract("""
            Priya Raman: Let's look at the roadmap.
            Marcus Lee: I'll have some questions about the second half.
            Priya Raman: Sure.
            """).Items);
    }

    [Fact]
    public void Extract_TellingSomeoneOutsideTheMeeting_IsATask_TellingTheRoomIsNot()
    {
        TranscriptExtraction extraction = Extract("""
            Hannah Schmidt: Alright, we move the launch to November twenty-seventh. I'll tell the leadership team today.
            Ben Walker: Okay. I'll tell you what I found in the logs.
            Hannah Schmidt: Go ahead.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Hannah Schmidt", item.Owner);
        Assert.Equal("Tell the leadership team", item.Task);
    }

    [Fact]
    public void Extract_WouldYouMind_TaskIsTheVerbAsked()
    {
        TranscriptExtraction extraction = Extract("""
            Chloe Martin: Two candidates in a row ran out of time.
            Chloe Martin: Isabel, would you mind shortening the exercise to forty minutes?
            Isabel Cruz: No problem.
            """);

        Assert.Equal("Shorten the exercise to forty minutes", Assert.Single(extraction.Items).Task);
    }

    [Fact]
    public void Extract_LookIntoWhether_KeepsTheQuestion()
    {
        TranscriptExtraction extraction = Extract("""
            Priya Raman: The senior role has been open for six weeks.
            Priya Raman: Dana, can you look into whether we can adjust the band for that role?
            Dana Okafor: Sure.
            """);

        Assert.Equal("Look into whether we can adjust the band for that role", Assert.Single(extraction.Items).Task);
    }

    [Theory]
    [InlineData("I would like Dana to draft the renewal summary by next Tuesday.")]
    [InlineData("I need Dana to draft the renewal summary by next Tuesday.")]
    [InlineData("I've asked Dana to draft the renewal summary by next Tuesday.")]
    [InlineData("I'll ask Dana to draft the renewal summary by next Tuesday.")]
    public void Extract_LikeSomeoneTo_OwnedByThatPerson(string line)
    {
        TranscriptExtraction extraction = Extract("Priya Raman: The renewal is due in December.\nPriya Raman: " + line + "\nDana Okafor: Sure.\n");

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Dana Okafor", item.Owner);
        Assert.Equal("Draft the renewal summary", item.Task);
        Assert.Equal(new DateOnly(2026, 12, 1), item.Due);
    }

    [Fact]
    public void Extract_SomeoneIsOnPoint_IsNoListedTaskPhrase()
    {
        TranscriptExtraction extraction = Extract("""
            Priya Raman: Action item: Tom to update the forecast by Friday.
            Priya Raman: Marcus, you're on point for the security questionnaire.
            Marcus Lee: Sounds good.
            """);

        Assert.DoesNotContain(extraction.Items, i => i.Task.Contains("you're", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I'll I'll go back to the component chips in a minute.")]
    [InlineData("I'll I'll come to that point later on.")]
    public void Extract_RestartedInMeetingMove_IsNoTask(string line) =>
        Assert.Empty(Extract("Priya Raman: Let's look at the options.\nPriya Raman: " + line + "\nDana Okafor: Okay.\n").Items);

    [Theory]
    [InlineData("S t a ch", true)]
    [InlineData("Do nothing for it", true)]
    [InlineData("Send the contract to legal", false)]
    public void IsGarbled_SpelledLettersAndNothing(string task, bool garbled) =>
        Assert.Equal(garbled, TaskPhraseBuilder.IsGarbled(task));

    [Fact]
    public void Extract_WillLeftAtTheFront_IsDropped()
    {
        TranscriptExtraction extraction = Extract("""
            Priya Raman: Let's wrap up.
            Priya Raman: Dana will uh will take a look at the renewal terms before next week.
            Dana Okafor: Sure.
            """);

        Assert.Equal("Take a look at the renewal terms", Assert.Single(extraction.Items).Task);
    }

    [Theory]
    [InlineData("adding", "add")]
    [InlineData("getting", "get")]
    [InlineData("shortening", "shorten")]
    [InlineData("planning", "plan")]
    public void BaseForm_KeepsADoubleLetterOfTheVerbItself(string progressive, string expected) =>
        Assert.Equal(expected, TaskPhraseBuilder.BaseForm(progressive));

    [Fact]
    public void Extract_IfYouCould_IsARequest()
    {
        TranscriptExtraction extraction = Extract("""
            Priya Raman: The renewal is up for discussion next week.
            Priya Raman: Tom, it would be great if you could send me the usage figures for last quarter.
            Tom Becker: Sure.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal(("Send me the usage figures for last quarter", "Tom Becker", "request to the person addressed"), (item.Task, item.Owner, item.Reason));
    }

    [Theory]
    [InlineData("Do it the day after she sends me the new palette", true)]
    [InlineData("Do that once the contract is signed", true)]
    [InlineData("Set them up tomorrow", true)]
    [InlineData("Send them the incident report", false)]
    [InlineData("Do the migration after the freeze", false)]
    public void IsVague_PronounAndOnlyWhen(string task, bool vague) =>
        Assert.Equal(vague, Signals.IsVague(task));

    [Fact]
    public void Extract_AnswerSaysOnlyWhen_FoldedIntoTheRequest()
    {
        TranscriptExtraction extraction = Extract("""
            Hannah Schmidt: Ben, can you re-run the accessibility audit once Lena's done?
            Ben Walker: Yes, I'll do it the day after she sends me the new palette.
            Hannah Schmidt: Thanks.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal(("Re-run the accessibility audit", "Ben Walker"), (item.Task, item.Owner));
    }

    [Fact]
    public void Extract_CanNicknameQuestion_OwnedByWhoSaysYes()
    {
        TranscriptExtraction extraction = Extract("""
            Christopher Allen: The use cases document has been handed over and is out of date.
            Christopher Allen: Can JoeA update the references in the use cases document?
            Joe Andrieu: Yes, with help for the steps.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal(("Update the references in the use cases document", "Joe Andrieu"), (item.Task, item.Owner));
    }

    [Fact]
    public void Extract_HandOverThenInstruction_IsTheNamedPersonsTask()
    {
        TranscriptExtraction extraction = Extract("""
            Victoria Adams: Career growth is the lowest score again. I want a plan for it. Raj, you own that. Bring a proposal for a career framework to the offsite.
            Raj Mehta: Understood.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal(("Bring a proposal for a career framework to the offsite", "Raj Mehta", HandOverRules.Reason), (item.Task, item.Owner, item.Reason));
    }

    [Theory]
    [InlineData("Victoria Adams: Raj, you own that. Bring on the next topic.")]
    [InlineData("Victoria Adams: Raj and Felix, you own that. Bring a proposal to the offsite.")]
    [InlineData("Victoria Adams: Raj, you own that.\nRaj Mehta: Bring a proposal to the offsite.")]
    public void Extract_NoClearHandOverOrNoInstruction_NoHandedOverTask(string lines) =>
        Assert.DoesNotContain(Extract(lines + "\nRaj Mehta: Okay.\nFelix Wong: Okay.").Items, i => i.Reason == HandOverRules.Reason);

    private static TranscriptExtraction Extract(string text)
    {
        return new RuleBasedTranscriptExtractor().Extract(PastedTranscript.Read(text), Monday, CancellationToken.None);
    }
}
