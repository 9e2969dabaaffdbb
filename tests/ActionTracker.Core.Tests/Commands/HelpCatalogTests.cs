using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Tests.Commands;

public sealed class HelpCatalogTests
{
    private static readonly string[] Verbs =
    [
        "add", "list", "more", "show", "done", "start", "block", "reopen", "cancel", "assign", "due", "snooze", "priority", "edit",
        "note", "accept", "decline", "propose", "decision", "decisions", "goal", "link", "unlink", "review", "ask", "export", "settings", "help", "admin", "transcript",
        "digest", "prep",
    ];

    [Fact]
    public void Topics_EveryVerb_HasSummaryUsageAndExamples()
    {
        IReadOnlyList<HelpTopic> topics = HelpCatalog.Topics;

        Assert.Equal(Verbs, topics.Select(t => t.Verb));
        Assert.All(topics, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Summary));
            Assert.StartsWith(t.Verb, t.Usage, StringComparison.Ordinal);
            Assert.InRange(t.Examples.Count, 1, 3);
        });
    }

    [Fact]
    public void Topics_EveryExample_ParsesWithoutFailure()
    {
        IEnumerable<string> examples = HelpCatalog.Topics.SelectMany(t => t.Examples);

        ParsedCommand[] parsed = [.. examples.Select(CommandParser.Parse)];

        Assert.DoesNotContain(parsed, p => p is ParseFailure);
    }

    [Theory]
    [InlineData("list", "list")]
    [InlineData("LIST", "list")]
    [InlineData("Decisions", "decisions")]
    public void Find_KnownVerbAnyCase_ReturnsTopic(string verb, string expected)
    {
        HelpTopic? topic = HelpCatalog.Find(verb);

        Assert.Equal(expected, topic?.Verb);
    }

    [Theory]
    [InlineData("lists")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_NotAVerb_ReturnsNull(string? verb)
    {
        HelpTopic? topic = HelpCatalog.Find(verb);

        Assert.Null(topic);
    }

    [Theory]
    [InlineData("lsit", "list")]
    [InlineData("LSIT", "list")]
    [InlineData("blokc", "block")]
    [InlineData("dnoe", "done")]
    [InlineData("asign", "assign")]
    [InlineData("priorty", "priority")]
    [InlineData("snoze", "snooze")]
    [InlineData("decisoins", "decisions")]
    [InlineData("more", "more")]
    [InlineData("due", "due")]
    public void ClosestVerb_NearMiss_ReturnsVerb(string word, string expected)
    {
        string? verb = HelpCatalog.ClosestVerb(word);

        Assert.Equal(expected, verb);
    }

    [Theory]
    [InlineData("lst")]
    [InlineData("book")]
    [InlineData("make")]
    [InlineData("banana")]
    [InlineData("precision")]
    [InlineData("l1st")]
    [InlineData("#42")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("decisionsdecisions")]
    public void ClosestVerb_NoVerbClose_ReturnsNull(string? word)
    {
        string? verb = HelpCatalog.ClosestVerb(word);

        Assert.Null(verb);
    }
}
