using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>The rule-based extractor's decisions: which cues make one and how they rank.</summary>
public sealed class RuleBasedDecisionTests
{
    private static readonly ExtractionContext Monday = new() { MeetingDate = new DateOnly(2026, 11, 23) };

    [Theory]
    [InlineData("We agreed to move the launch to March.", "Move the launch to March")]
    [InlineData("Decision: the beta stays invite-only.", "The beta stays invite-only")]
    [InlineData("Okay, let's go with the blue design.", "Let's go with the blue design")]
    public void Extract_DecisionCue_BecomesADecision(string sentence, string expected)
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: " + sentence + "\nOmar Haddad: Fine.\n");

        DraftDecision decision = Assert.Single(Extract(transcript, Monday).Decisions);

        Assert.Equal(expected, decision.Text);
        Assert.Equal(sentence, decision.Quote);
        Assert.InRange(decision.Confidence, 0, 1);
    }

    [Fact]
    public void Extract_TalkAboutTheMeetingItself_RanksWellBelowADecisionOnTheSubject()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: Okay, we'll have our lunch break now and continue the meeting after that.
            Omar Haddad: Fine.
            Lena Park: And we'll have a rubber case with a yellow finish for the handset.
            """);

        IReadOnlyList<DraftDecision> decisions = Extract(transcript, Monday).Decisions;

        DraftDecision subject = Assert.Single(decisions, d => d.Text.Contains("rubber case", StringComparison.Ordinal));
        Assert.All(decisions.Where(d => d != subject), d => Assert.True(d.Confidence <= subject.Confidence - 0.2, d.Text));
    }

    [Fact]
    public void Extract_StatedPrice_BecomesADecision()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: The selling price stays at twenty five euros per unit.\nOmar Haddad: Fine.\n");

        DraftDecision decision = Assert.Single(Extract(transcript, Monday).Decisions);

        Assert.Equal("decision: a figure", decision.Reason);
    }

    [Theory]
    [InlineData("Then we skip the LCD display on the handset.", "skip the")]
    [InlineData("Okay, forget the ball shape for the handset.", "forget the")]
    [InlineData("Right, forget about speech recognition for this product.", "forget about")]
    [InlineData("Then we drop the solar panel from the design.", "drop the")]
    [InlineData("We get rid of the scroll wheel on the side.", "get rid of")]
    [InlineData("So there is no need for a talk-back function.", "no need for")]
    [InlineData("Speech recognition is ruled out for this product.", "ruled out")]
    [InlineData("So we go ahead with the touch screen version.", "go ahead with")]
    [InlineData("We stick to the two company colours.", "stick to")]
    public void Extract_SettlingOnOrRulingOutAnOption_BecomesADecision(string sentence, string cue)
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: " + sentence + "\nOmar Haddad: Fine.\n");

        DraftDecision decision = Assert.Single(Extract(transcript, Monday).Decisions);

        Assert.Equal("decision: \"" + cue + "\"", decision.Reason);
        Assert.Equal(sentence, decision.Quote);
    }

    [Theory]
    [InlineData("Fine, then just go for the cheaper hosting plan.", "go for")]
    [InlineData("Okay, keep the current logo on the new packaging.", "keep the")]
    [InlineData("Right, scrap the printed manual for this release.", "scrap the")]
    [InlineData("So we don't need a second reviewer for small changes.", "we don't need")]
    [InlineData("I think we all agree that the pilot runs in two regions.", "all agree")]
    [InlineData("Good, everyone agrees the office stays open in August.", "everyone agrees")]
    [InlineData("We settled on the annual billing option for schools.", "settled on")]
    [InlineData("Okay, then it's the blue theme for the customer portal.", "then it's")]
    [InlineData("Right, we put the help link in the page footer.", "we put")]
    [InlineData("I think the best option is the hosted version for now.", "the best")]
    [InlineData("Like we said, the survey goes to all customers in March.", "we said")]
    [InlineData("The board decided on a hiring freeze until the summer.", "decided on")]
    public void Extract_ChoosingOrAgreeingWithoutAFixedPhrase_BecomesADecision(string sentence, string cue)
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: " + sentence + "\nOmar Haddad: Fine.\n");

        DraftDecision decision = Assert.Single(Extract(transcript, Monday).Decisions);

        Assert.Equal("decision: \"" + cue + "\"", decision.Reason);
    }

    [Fact]
    public void Extract_DecisionAskedToBeConfirmed_BecomesADecisionButAnOpenQuestionDoesNot()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: So we'll go with the annual billing for schools, right?
            Omar Haddad: Yes.
            Lena Park: Should we go with the monthly plan for small shops?
            Omar Haddad: Not sure yet.
            """);

        DraftDecision decision = Assert.Single(Extract(transcript, Monday).Decisions);

        Assert.Equal("We'll go with the annual billing for schools", decision.Text);
    }

    [Fact]
    public void Extract_SeveralDecisionCues_StrongestCounts()
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: I think we should go with the rubber case for the handset.\nOmar Haddad: Agreed.\n");

        DraftDecision decision = Assert.Single(Extract(transcript, Monday).Decisions);

        Assert.Equal("decision: \"we should go with\"", decision.Reason);
    }

    [Fact]
    public void Extract_TalkAboutDeciding_RanksBelowAStatedDecision()
    {
        Transcript transcript = PastedTranscript.Read("""
            Lena Park: We need to come to a decision on the vendor by the end of the meeting.
            Omar Haddad: Decision: we keep the current hosting provider for another year.
            Priya Nair: Agreed.
            """);

        List<DraftDecision> decisions = [.. Extract(transcript, Monday).Decisions.OrderByDescending(d => d.Confidence)];

        Assert.StartsWith("We keep the current hosting provider", decisions[0].Text, StringComparison.Ordinal);
        Assert.True(decisions.Count == 1 || decisions[1].Confidence < decisions[0].Confidence - 0.2);
    }

    [Theory]
    [InlineData("Um so I think we we want uh large buttons for the main functions.", "We want large buttons for the main functions")]
    [InlineData("Okay, we'll wa we'll use the the existing supplier for the cables.", "We'll use the existing supplier for the cables")]
    [InlineData("So we've decided that the price is twenty five euros per unit.", "The price is 25 euros per unit")]
    [InlineData("Right, we agreed on a budget of twelve fifty per seat, because the vendor asked.", "A budget of 12.50 per seat")]
    [InlineData("We decided the error rate must stay under two point five percent.", "The error rate must stay under 2.5 percent")]
    [InlineData("Good, everyone agrees the office stays open in August.", "The office stays open in August")]
    [InlineData("So I think we all agree on moving the review to Thursdays.", "Moving the review to Thursdays")]
    public void Extract_SpokenDecision_ReadsAsAStatement(string sentence, string expected)
    {
        Transcript transcript = PastedTranscript.Read("Lena Park: " + sentence + "\nOmar Haddad: Fine.\n");

        DraftDecision decision = Assert.Single(Extract(transcript, Monday).Decisions);

        Assert.Equal(expected, decision.Text);
    }

    [Fact]
    public void Extract_DecisionInALongTurn_QuotesTheSentenceWithItsNeighbours()
    {
        string before = "We looked at three vendors over the last two weeks and compared their support contracts in detail.";
        string decision = "We agreed to sign the two year contract with the second vendor.";
        string after = "Their support hours cover both offices.";
        string filler = string.Concat(Enumerable.Repeat(" The rest of the call went through the remaining open questions one by one.", 6));
        Transcript transcript = PastedTranscript.Read("Lena Park: " + before + " " + decision + " " + after + filler + "\nOmar Haddad: Fine.\n");

        DraftDecision found = Assert.Single(Extract(transcript, Monday).Decisions, d => d.Text.Contains("contract", StringComparison.Ordinal));

        Assert.StartsWith(before + " " + decision + " " + after, found.Quote, StringComparison.Ordinal);
        Assert.InRange(found.Quote.Length, decision.Length, 400);
    }

    private static TranscriptExtraction Extract(Transcript transcript, ExtractionContext context) =>
        new RuleBasedTranscriptExtractor().Extract(transcript, context, CancellationToken.None);
}
