using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class RuleBasedTranscriptExtractorTests
{
    private static readonly ExtractionContext Monday = new() { MeetingDate = new DateOnly(2026, 11, 23) };

    [Fact]
    public void Extract_FirstPersonCommitment_OwnedBySpeakerWithTaskDueQuoteAndTime()
    {
        Transcript transcript = PastedTranscript.Read("""
            [00:00:05] Lena Park: Thanks for joining, the launch is in two weeks.
            [00:00:40] Omar Haddad: The pricing page still has last year's numbers.
            [00:01:10] Omar Haddad: I'll send the revised budget to finance by Friday.
            [00:01:20] Lena Park: Great, thank you.
            """);

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Send the revised budget to finance", item.Task);
        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Equal(new DateOnly(2026, 11, 27), item.Due);
        Assert.Equal("I'll send the revised budget to finance by Friday.", item.Quote);
        Assert.Equal(new TimeSpan(0, 1, 10), item.Timestamp);
        Assert.InRange(item.Confidence, 0.6, 1);
        Assert.Equal("first-person commitment", item.Reason);
    }

    [Fact]
    public void Extract_NoMeetingDate_LeavesRelativeDueDatesOpen()
    {
        Transcript transcript = PastedTranscript.Read("Omar Haddad: I'll send the revised budget to finance by Friday.\nLena Park: Thanks.\n");

        Assert.Null(Assert.Single(Extract(transcript, ExtractionContext.None).Items).Due);
    }

    [Fact]
    public void Extract_NamedPerson_OwnedByThatSpeaker()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Let's wrap up.
            Lena Park: Omar will update the pricing page before the next meeting.
            Omar Haddad: Sure.
            Priya Nair: Sounds good.
            """);

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Equal("Update the pricing page", item.Task);
    }

    [Fact]
    public void Extract_LetsHaveSomeone_OwnedByTheNamedPerson()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: The contract needs a legal review.\nLena Park: Let's have Priya check the contract with legal next week.\nPriya Nair: Okay.\nOmar Haddad: Fine.\n");

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Priya Nair", item.Owner);
        Assert.StartsWith("Check the contract with legal", item.Task, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 30), item.Due);
    }

    [Fact]
    public void Extract_RequestToTheOnlyOtherPerson_OwnedByThem()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: Can you book the venue for the offsite before next meeting?\nOmar Haddad: Yes, will do.\n");

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Equal("Book the venue for the offsite", item.Task);
        Assert.Equal("request to the person addressed", item.Reason);
    }

    [Fact]
    public void Extract_AddressedByRoleInAGroup_OwnedByThatRole()
    {
        Transcript transcript = PastedTranscript.Read("""
            Chair: Good, that's all for today.
            Chair: For next week, the Designer is going to prepare the new mock-ups.
            Designer: Okay.
            Writer: And the copy?
            Chair: Writer, you'll draft the release notes.
            Writer: Fine.
            """);

        List<DraftItem> items = [.. Extract(transcript, Monday).Items];

        Assert.Contains(items, i => i.Owner == "Designer" && i.Task == "Prepare the new mock-ups");
        Assert.Contains(items, i => i.Owner == "Writer" && i.Task == "Draft the release notes");
    }

    [Fact]
    public void Extract_ActionItemLine_OwnedByTheNamedPerson()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: Action item: Omar to renew the SSL certificate.\nOmar Haddad: Noted.\nPriya Nair: Ok.\n");

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Equal("Renew the SSL certificate", item.Task);
        Assert.Equal("action item", item.Reason);
    }

    [Fact]
    public void Extract_CallForVolunteer_OwnedByWhoeverVolunteers()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: We need someone to write up the incident report for the board.\nPriya Nair: I can do it.\nOmar Haddad: Thanks Priya.\n");

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items, i => i.Task.StartsWith("Write up the incident report", StringComparison.Ordinal));

        Assert.Equal("Priya Nair", item.Owner);
    }

    [Fact]
    public void Extract_SmallTalkAndNegation_ProposeNothing()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: I'll say this once more, I think it went well.
            Omar Haddad: I can see that on the screen.
            Priya Nair: I won't be able to join tomorrow.
            Lena Park: You know, it's fine.
            """);

        Assert.Empty(Extract(transcript, Monday).Items);
    }

    [Fact]
    public void Extract_SameTaskSaidTwice_MergedIntoOne()
    {
        Transcript transcript = PastedTranscript.Read("""
            Omar Haddad: I'll send the revised budget to finance.
            Lena Park: Good.
            Omar Haddad: So yes, I'll send the revised budget to finance tomorrow.
            """);

        Assert.Single(Extract(transcript, Monday).Items);
    }

    [Fact]
    public void Extract_TasksListedInOneSentence_OneItemPerClause()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: That's it for today.
            Lena Park: So Omar, you will have to update the pricing page, and Priya, you have to review the contract with legal.
            Omar Haddad: Okay.
            Priya Nair: Sure.
            """);

        List<DraftItem> items = [.. Extract(transcript, Monday).Items];

        Assert.Contains(items, i => i.Owner == "Omar Haddad" && i.Task == "Update the pricing page");
        Assert.Contains(items, i => i.Owner == "Priya Nair" && i.Task == "Review the contract with legal");
    }

    [Fact]
    public void Extract_FirstNameOfARoleLabelledSpeaker_LearnedFromTheIntroduction()
    {
        Transcript transcript = PastedTranscript.Read("""
            Project Manager: Let's start with a round of introductions.
            Designer: Hi, I'm Kate, I do the visual side.
            Writer: And I'm Tom, I write the copy.
            Project Manager: Good. For next week, Kate will prepare the new mock-ups.
            Writer: Sounds good.
            """);

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Designer", item.Owner);
        Assert.Equal("Prepare the new mock-ups", item.Task);
    }

    [Fact]
    public void Extract_SpeakerNamesTheirOwnRole_OwnedByThatSpeaker()
    {
        Transcript transcript = PastedTranscript.Read("""
            Chair: Who looks at the working design?
            Designer: The Designer will take a look at the working design before next week.
            Chair: Good.
            """);

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Designer", item.Owner);
    }

    [Fact]
    public void Extract_NameAfterAPreposition_IsNotTheOwner()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Let's wrap up for today.
            Lena Park: We talked with Priya, and Omar, you will draft the release notes before next week.
            Omar Haddad: Okay.
            Priya Nair: Fine.
            """);

        DraftItem item = Assert.Single(Extract(transcript, Monday).Items);

        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Equal("Draft the release notes", item.Task);
    }

    [Fact]
    public void Extract_TasksAfterAWrapUpMarker_RankAboveTalkAboutTheThingAtHand()
    {
        var lines = new List<string>();
        for (int i = 0; i < 30; i++)
        {
            lines.Add($"Priya Nair: The prototype number {i} looks fine to me.");
        }

        lines.Add("Omar Haddad: You can hold it down while scrolling.");
        for (int i = 0; i < 10; i++)
        {
            lines.Add($"Priya Nair: And the colour number {i} works too.");
        }

        lines.Add("Lena Park: Okay, let's wrap up.");
        lines.Add("Lena Park: Priya, you'll write the test plan for the prototype.");
        lines.Add("Priya Nair: Okay.");
        Transcript transcript = PastedTranscript.Read(string.Join('\n', lines) + "\n");

        List<DraftItem> items = [.. Extract(transcript, Monday).Items];

        DraftItem item = Assert.Single(items);
        Assert.Equal("Write the test plan for the prototype", item.Task);
        Assert.Equal("Priya Nair", item.Owner);
    }

    [Fact]
    public void Extract_WrapUpListWithoutVerbs_OneItemPerListedPerson()
    {
        var lines = new List<string>();
        for (int i = 0; i < 30; i++)
        {
            lines.Add($"Lena Park: The sample number {i} looks fine to me.");
        }

        lines.Add("Lena Park: Okay, next steps for the next meeting.");
        lines.Add("Lena Park: Omar, the pricing page update, and Priya, the contract review with legal.");
        lines.Add("Omar Haddad: Okay.");
        lines.Add("Priya Nair: Fine.");
        Transcript transcript = PastedTranscript.Read(string.Join('\n', lines) + "\n");

        List<DraftItem> items = [.. Extract(transcript, Monday).Items];

        Assert.Contains(items, i => i.Owner == "Omar Haddad" && i.Task == "Work on the pricing page update");
        Assert.Contains(items, i => i.Owner == "Priya Nair" && i.Task == "Work on the contract review with legal");
    }

    [Fact]
    public void Extract_BusinessMeetingWithManyExplicitTasks_KeepsEveryConfidentOne()
    {
        Transcript transcript = PastedTranscript.Read("""
            [00:00:05] Dana Whitfield: Good morning everyone, let's get started with the quarterly planning review.
            [00:01:10] Raj Patel: We are about eight percent over on contractor spend, mostly the data migration.
            [00:02:05] Dana Whitfield: Okay. Raj will send the revised budget to finance by Friday.
            [00:03:00] Maria Lopez: On hiring, we still have two open roles in support.
            [00:03:40] Dana Whitfield: Maria, can you schedule the interviews for next week?
            [00:03:50] Maria Lopez: Sure, I'll set them up tomorrow.
            [00:05:30] Tom Becker: I will review the vendor contract with legal before Thursday.
            [00:06:40] Dana Whitfield: Good. We agreed to move the launch to March 15.
            [00:07:35] Dana Whitfield: Tom will update the launch plan and share it with marketing.
            [00:09:10] Dana Whitfield: Action item: Maria to draft the customer announcement by Wednesday.
            [00:11:00] Dana Whitfield: I'll circulate the meeting notes this afternoon.
            [00:11:20] Maria Lopez: Sounds good, thanks everyone.
            """);

        TranscriptExtraction extraction = Extract(transcript, Monday);

        Assert.Equal(
            [
                ("Send the revised budget to finance", "Raj Patel"),
                ("Schedule the interviews for next week", "Maria Lopez"),
                ("Review the vendor contract with legal", "Tom Becker"),
                ("Update the launch plan and share it with marketing", "Tom Becker"),
                ("Draft the customer announcement", "Maria Lopez"),
                ("Circulate the meeting notes this afternoon", "Dana Whitfield"),
            ],
            extraction.Items.Select(i => (i.Task, i.Owner)).ToArray());
        Assert.Contains(extraction.Decisions, d => d.Text == "Move the launch to March 15");
        Assert.DoesNotContain(extraction.Decisions, d => d.Quote.Contains("will", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I'll go back to the component chips in a second.")]
    [InlineData("I'll come to that point later on in my slides.")]
    [InlineData("I'll make a note of that for the minutes.")]
    [InlineData("I'll write down glow in the dark as an idea.")]
    public void Extract_MovesWithinTheMeeting_AreNoItems(string line)
    {
        Transcript transcript = PastedTranscript.Read($"Lena Park: {line}\nOmar Haddad: Okay.\n");

        Assert.Empty(Extract(transcript, Monday).Items);
    }

    [Fact]
    public void Extract_GetBackToSomeone_IsAFollowUp()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: I'll get back to you on the pricing by Friday.\nOmar Haddad: Okay.\n");

        Assert.Equal("Get back to you on the pricing", Assert.Single(Extract(transcript, Monday).Items).Task);
    }

    [Fact]
    public void Extract_DoThatAfterAStatement_IsNoTaskOfTheStatement()
    {
        Transcript transcript = PastedTranscript.Read("Omar Haddad: This one is curved like the old model.\nLena Park: I'll do that.\n");

        Assert.Empty(Extract(transcript, Monday).Items);
    }

    [Fact]
    public async Task ExtractAsync_SameResultAsExtract()
    {
        Transcript transcript = PastedTranscript.Read("Omar Haddad: I'll send the revised budget to finance by Friday.\nLena Park: Thanks.\n");
        var extractor = new RuleBasedTranscriptExtractor();

        TranscriptExtraction extraction = await extractor.ExtractAsync(transcript, Monday, CancellationToken.None);

        Assert.Equal(extractor.Extract(transcript, Monday, CancellationToken.None).Items, extraction.Items);
    }

    private static TranscriptExtraction Extract(Transcript transcript, ExtractionContext context) =>
        new RuleBasedTranscriptExtractor().Extract(transcript, context, CancellationToken.None);
}
