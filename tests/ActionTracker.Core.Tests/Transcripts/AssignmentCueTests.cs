using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>How people hand out and take on work in a meeting, beyond the plain "I'll…" and "can you…".</summary>
public sealed class AssignmentCueTests
{
    private static readonly ExtractionContext Monday = new() { MeetingDate = new DateOnly(2026, 11, 23) };

    [Fact]
    public void Extract_TwoTasksJoinedByAnd_OneItemEachWithItsOwnTask()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Before we close, the renewal is due this month.
            Lena Park: Priya will draft the renewal letter and Omar will update the customer list.
            Priya Nair: Sure.
            Omar Haddad: Fine.
            """);

        Assert.Equal(
            [("Draft the renewal letter", "Priya Nair"), ("Update the customer list", "Omar Haddad")],
            Extract(transcript).Items.Select(i => (i.Task, i.Owner)).ToArray());
    }

    [Fact]
    public void Extract_SecondPersonInsideTheTask_DoesNotEndIt()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: I'll ask finance whether you can get the new laptops by Friday.\nOmar Haddad: Thanks.\n");

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Ask finance whether you can get the new laptops", item.Task);
        Assert.Equal("Lena Park", item.Owner);
    }

    [Fact]
    public void Extract_PoliteInstruction_OwnedByThePersonAddressed()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: Please send the signed contract to legal by Friday.\nOmar Haddad: Will do.\n");

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Send the signed contract to legal", item.Task);
        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Equal("instruction to the person addressed", item.Reason);
    }

    [Fact]
    public void Extract_NoteWithoutSubject_OwnedByTheSpeaker()
    {
        Transcript transcript = PastedTranscript.Read("Omar Haddad: Need to update the hiring plan before Friday.\nLena Park: Thanks.\n");

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Update the hiring plan", item.Task);
        Assert.Equal("Omar Haddad", item.Owner);
    }

    [Theory]
    [InlineData("Sort of like the old pricing page, by Friday.")]
    [InlineData("Research has shown that customers want it cheaper by Friday.")]
    [InlineData("Okay, look at this one here.")]
    [InlineData("Please send it to whom by Friday?")]
    public void Extract_SentenceStartingWithAVerbButNoInstruction_IsNoItem(string line)
    {
        Transcript transcript = PastedTranscript.Read($"Lena Park: {line}\nOmar Haddad: Okay.\n");

        Assert.Empty(Extract(transcript).Items);
    }

    [Fact]
    public void Extract_HaveACloserLook_IsATaskForTheNamedPerson()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: The churn numbers look odd this quarter.
            Lena Park: Priya should have a closer look at the churn report before next week.
            Priya Nair: Okay.
            Omar Haddad: Good idea.
            """);

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Priya Nair", item.Owner);
        Assert.StartsWith("Have a closer look at the churn report", item.Task, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FirstNameCalledBeforeBareYou_IsAnAssignment()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: So for next week.
            Lena Park: And Dana, you draft the onboarding checklist for the new hires.
            Dana: Will do.
            Omar Haddad: Thanks.
            """);

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Draft the onboarding checklist for the new hires", item.Task);
        Assert.Equal("Dana", item.Owner);
    }

    [Fact]
    public void Extract_ToldOutrightToPresent_IsATask()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: I need you to present the hiring numbers at the board meeting next week.\nOmar Haddad: Sure.\n");

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.StartsWith("Present the hiring numbers at the board meeting", item.Task, StringComparison.Ordinal);
        Assert.Equal("Omar Haddad", item.Owner);
    }

    [Theory]
    [InlineData("Dana, you said the onboarding checklist was finished last week.")]
    [InlineData("You will be getting an invite for the board meeting next week.")]
    [InlineData("You will be informed by email about the new schedule next week.")]
    [InlineData("You can present the hiring numbers at the board meeting next week.")]
    public void Extract_TalkAboutWhatSomeoneDidOrWillReceive_IsNoItem(string line)
    {
        Transcript transcript = PastedTranscript.Read($"Lena Park: {line}\nDana: Okay.\n");

        Assert.Empty(Extract(transcript).Items);
    }

    [Fact]
    public void Extract_PersonCalledInALeadIn_OwnsTheYouThatFollows()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Now, for Priya in procurement.
            Omar Haddad: Mm-hmm.
            Lena Park: You'll prepare the vendor shortlist by Friday.
            Omar Haddad: Sounds good.
            Priya Nair: Okay.
            """);

        Assert.Equal("Priya Nair", Assert.Single(Extract(transcript).Items).Owner);
    }

    [Fact]
    public void Extract_PersonGivenATaskBefore_DoesNotOwnTheNextYou()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Priya will draft the agenda.
            Lena Park: And you'll prepare the vendor shortlist by Friday.
            Omar Haddad: Sure.
            Priya Nair: Okay.
            """);

        Assert.Equal("Omar Haddad", Assert.Single(Extract(transcript).Items, i => i.Task.StartsWith("Prepare", StringComparison.Ordinal)).Owner);
    }

    [Fact]
    public void Extract_ThinkAboutSomething_IsATaskButThinkingItOverIsNot()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: For the next meeting, you'll think about the pricing for the enterprise tier.
            Omar Haddad: Sure, I'll think about it.
            """);

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Think about the pricing for the enterprise tier", item.Task);
        Assert.Equal("Omar Haddad", item.Owner);
    }

    [Fact]
    public void Extract_BareYouAfterAComma_IsAnAssignment()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: So before Friday, you're reviewing the vendor contracts.\nOmar Haddad: Right.\n");

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Review the vendor contracts", item.Task);
        Assert.Equal("Omar Haddad", item.Owner);
    }

    [Fact]
    public void Extract_LeaveItWithMe_TakesOnTheRequestBefore()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Somebody has to chase the printer about the brochure delivery, please.
            Omar Haddad: Leave it with me.
            """);

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Contains("chase the printer", item.Task, StringComparison.Ordinal);
        Assert.Contains("Leave it with me.", item.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I got it on my screen yesterday, it looks fine.")]
    [InlineData("Leave it with me?")]
    public void Extract_TakingItOnWordsInPassing_AreNoItem(string line)
    {
        Transcript transcript = PastedTranscript.Read($"Lena Park: Somebody has to chase the printer about the brochure delivery, please.\nOmar Haddad: {line}\n");

        Assert.DoesNotContain(Extract(transcript).Items, i => i.Owner == "Omar Haddad");
    }

    [Fact]
    public void Extract_WhoIsGoingTo_OwnedByWhoeverVolunteers()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Who's going to book the venue for the offsite before Friday?
            Omar Haddad: I can.
            Priya Nair: Thanks Omar.
            """);

        Assert.Equal("Omar Haddad", Assert.Single(Extract(transcript).Items).Owner);
    }

    [Fact]
    public void Extract_NamesGoingTo_OwnedByThatPerson()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: Priya's going to send the survey to the customers by Friday.\nPriya Nair: Yes.\nOmar Haddad: Good.\n");

        DraftItem item = Assert.Single(Extract(transcript).Items);

        Assert.Equal("Priya Nair", item.Owner);
        Assert.Equal("Send the survey to the customers", item.Task);
    }

    [Fact]
    public void Extract_RestartedCue_TaskStartsWhereTheSpeakerStartsOver()
    {
        Transcript transcript = PastedTranscript.Read("Omar Haddad: I'll I'll send the revised budget to finance by Friday.\nLena Park: Thanks.\n");

        Assert.Equal("Send the revised budget to finance", Assert.Single(Extract(transcript).Items).Task);
    }

    [Theory]
    [InlineData("I'll I'll go back to the pricing slide in a second.")]
    [InlineData("I'm gonna have to call this to a close, thanks everyone.")]
    public void Extract_RestartedMoveWithinTheMeeting_IsNoItem(string line)
    {
        Transcript transcript = PastedTranscript.Read($"Lena Park: {line}\nOmar Haddad: Okay.\n");

        Assert.Empty(Extract(transcript).Items);
    }

    [Fact]
    public void Extract_TwoPeopleAddressedTogether_OwnedByOneOfThem()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Omar and Priya, the two of you will draft the joint proposal for the client by Friday.
            Priya Nair: Sure.
            Omar Haddad: Okay.
            Dana: I'll review it then.
            """);

        DraftItem item = Assert.Single(Extract(transcript).Items, i => i.Speaker == "Lena Park");

        Assert.Equal("Draft the joint proposal for the client", item.Task);
        Assert.True(item.Owner is "Omar Haddad" or "Priya Nair", item.Owner);
    }

    [Theory]
    [InlineData("The two of you will have thirty minutes for questions on Friday.")]
    [InlineData("Both of you did a great job on the proposal last Friday.")]
    public void Extract_TwoPeopleAddressedWithoutATask_IsNoItem(string line)
    {
        Transcript transcript = PastedTranscript.Read($"Lena Park: {line}\nPriya Nair: Thanks.\nOmar Haddad: Thanks.\n");

        Assert.Empty(Extract(transcript).Items);
    }

    [Fact]
    public void Extract_NounPhraseListedNextToAnAssignment_CountsAsWork()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Omar, you'll update the pricing page.
            Lena Park: And Priya, the customer survey results.
            Omar Haddad: Sure.
            Priya Nair: Okay.
            """);

        Assert.Equal(
            [("Update the pricing page", "Omar Haddad"), ("Work on the customer survey results", "Priya Nair")],
            Extract(transcript).Items.Select(i => (i.Task, i.Owner)).ToArray());
    }

    [Fact]
    public void Extract_NounPhraseListedAfterATaskInOneSentence_IsTheNextPersonsTask()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Before we close.
            Lena Park: Priya will draft the renewal letter, and you the customer list.
            Priya Nair: Sure.
            Omar Haddad: Fine.
            """);

        Assert.Equal(
            [("Draft the renewal letter", "Priya Nair"), ("Work on the customer list", "Omar Haddad")],
            Extract(transcript).Items.Select(i => (i.Task, i.Owner)).ToArray());
    }

    [Fact]
    public void Extract_AsideAfterATaskInOneSentence_IsNoSecondTask()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: Priya will draft the renewal letter and you know, the usual paperwork.\nPriya Nair: Sure.\nOmar Haddad: Fine.\n");

        Assert.Equal("Priya Nair", Assert.Single(Extract(transcript).Items).Owner);
    }

    private static TranscriptExtraction Extract(Transcript transcript) =>
        new RuleBasedTranscriptExtractor().Extract(transcript, Monday, CancellationToken.None);
}
