using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>Tasks handed to several people who share a role ("the designers"), and roles called by name with "you could".</summary>
public sealed class GroupAssignmentTests
{
    private const string Team = """
        Project Manager: Okay, let's look at where we are with the remote control.
        Industrial Designer: I have the component options and their prices.
        User Interface Designer: And I have the button layout ready to show.
        Marketing Expert: The trend report says people want something that feels soft.
        """;

    [Fact]
    public void Extract_PluralRole_OwnedByOneOfThatRole()
    {
        TranscriptExtraction extraction = Extract(Team + """

            Project Manager: And as well as that, the two designers are going to work together on the prototype using modelling clay.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Work together on the prototype using modelling clay", item.Task);
        Assert.EndsWith("Designer", item.Owner, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SayingWhoSomeoneIs_IsNoTask()
    {
        TranscriptExtraction extraction = Extract(Team + """

            Project Manager: I mean, you're the designers, you can decide what kind of direction you wanna go in.
            """);

        Assert.DoesNotContain(extraction.Items, i => i.Reason == "task for a named person");
    }

    [Fact]
    public void Extract_RoleYouCould_TaskWithoutTheModal()
    {
        TranscriptExtraction extraction = Extract(Team + """

            Project Manager: So marketing, you could s find out what is the most appealing colour for the case.
            """);

        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("Marketing Expert", item.Owner);
        Assert.StartsWith("Find out what is the most appealing colour", item.Task, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_PluralOfASharedLastWord_NamesTheFirstSpeakerWithIt()
    {
        var directory = new SpeakerDirectory(["Project Manager", "Industrial Designer", "User Interface Designer"]);

        SpeakerMention mention = Assert.Single(directory.FindMentions(["the", "designers", "will", "build", "it"]));
        Assert.Equal(new SpeakerMention("Industrial Designer", 1, 1), mention);
    }

    [Fact]
    public void Extract_YouGuysWillBeGettingItDone_IsAnAssignment()
    {
        TranscriptExtraction extraction = Extract(Team + """

            Project Manager: Okay so you guys will be getting your modelling done now and then we meet again.
            """);

        Assert.Equal("Get your modelling done", Assert.Single(extraction.Items).Task);
    }

    [Fact]
    public void Extract_YouWillBeGettingAnEmail_IsNoTask()
    {
        Assert.Empty(Extract(Team + """

            Project Manager: You will be getting an email with the new requirements from the account manager.
            """).Items);
    }

    [Fact]
    public void Extract_GoingRoundTheTable_ListedTaskFirstAndYouIsWhoIsLeft()
    {
        TranscriptExtraction extraction = Extract(Team + """

            Project Manager: Here's what we're each going to do. The ID is going to work on the components concept,
            Project Manager: UID the user interface concept, and you're going to do some trend watching.
            Industrial Designer: Okay.
            """);

        Assert.Collection(
            extraction.Items,
            i => Assert.Equal(("Work on the components concept", "Industrial Designer"), (i.Task, i.Owner)),
            i => Assert.Equal(("Work on the user interface concept", "User Interface Designer"), (i.Task, i.Owner)),
            i => Assert.Equal(("Do some trend watching", "Marketing Expert"), (i.Task, i.Owner)));
    }

    [Theory]
    [InlineData("i will ask the market expert to find out", "Marketing Expert")]
    [InlineData("i will ask the interface designer to think about it", "User Interface Designer")]
    [InlineData("the project manager's notes", "Project Manager")]
    public void Mentions_ShortOrVariedRoleNames_NameTheSpeaker(string text, string speaker)
    {
        var directory = new SpeakerDirectory(["Project Manager", "Marketing Expert", "User Interface Designer", "Industrial Designer"]);

        Assert.Equal(speaker, Assert.Single(directory.FindMentions(text.Split(' '))).Speaker);
    }

    private static TranscriptExtraction Extract(string text) =>
        new RuleBasedTranscriptExtractor().Extract(PastedTranscript.Read(text), ExtractionContext.None, CancellationToken.None);
}
