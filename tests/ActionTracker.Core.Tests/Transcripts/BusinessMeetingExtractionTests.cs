using System.Text.Json;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>
/// Ordinary business meetings (a leadership sync, a stand-up, a client call, a project status meeting, an executive
/// meeting, a hiring debrief), written for these tests with the items and decisions a note-taker would record. Short,
/// dense meetings like these hand out most of their tasks outright, unlike long design discussions: the drafts must
/// keep them. An expected item is found when a draft with its owner quotes its evidence.
/// </summary>
public sealed class BusinessMeetingExtractionTests
{
    // Reached: items 35 of 35 expected found, 2 drafts beyond them; decisions 10 of 14.
    private const int MinItemsFound = 35;
    private const int MaxExtraItems = 3;
    private const int MinDecisionsFound = 9;

    private static readonly ExtractionContext Monday = new() { MeetingDate = new DateOnly(2026, 11, 23) };

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Transcripts", "BusinessMeetings");

    public static TheoryData<string> Meetings() => new(Directory.GetFiles(Folder, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order());

    [Fact]
    public async Task Extract_BusinessMeetings_FindsTheHandedOutTasksWithTheirOwners()
    {
        int expected = 0, found = 0, extra = 0, decisionsFound = 0;
        var missed = new List<string>();
        foreach (string meeting in Meetings())
        {
            (TranscriptExtraction extraction, Expectations expectations) = await ExtractAsync(meeting);
            var unused = extraction.Items.ToList();
            foreach (ExpectedItem item in expectations.Items)
            {
                expected++;
                DraftItem? match = unused.FirstOrDefault(d => string.Equals(d.Owner, item.Owner, StringComparison.Ordinal) && Quotes(d.Quote, item.Evidence));
                if (match is null)
                {
                    missed.Add(meeting + ": " + item.Task);
                    continue;
                }

                found++;
                unused.Remove(match);
            }

            extra += unused.Count;
            decisionsFound += expectations.Decisions.Count(e => extraction.Decisions.Any(d => Quotes(d.Quote, e.Evidence)));
        }

        Assert.True(found >= MinItemsFound, $"{found} of {expected} expected items found; missed: {string.Join("; ", missed)}");
        Assert.True(extra <= MaxExtraItems, $"{extra} drafts beyond the expected items");
        Assert.True(decisionsFound >= MinDecisionsFound, $"{decisionsFound} expected decisions found");
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public async Task Extract_BusinessMeeting_EveryDraftHasAnOwnerOrIsForEveryone(string meeting)
    {
        (TranscriptExtraction extraction, _) = await ExtractAsync(meeting);

        Assert.NotEmpty(extraction.Items);
        Assert.All(extraction.Items, item => Assert.True(item.Owner is not null || item.Reason is "request to everyone" or "group intention", item.Task));
    }

    private static bool Quotes(string quote, string evidence) =>
        quote.Contains(evidence, StringComparison.Ordinal) || evidence.Contains(quote, StringComparison.Ordinal);

    private static async Task<(TranscriptExtraction Extraction, Expectations Expectations)> ExtractAsync(string meeting)
    {
        string transcriptPath = Directory.GetFiles(Folder, meeting + ".*").Single(f => !f.EndsWith(".json", StringComparison.Ordinal));
        TranscriptReadResult read = TranscriptReader.Read(await File.ReadAllBytesAsync(transcriptPath), Path.GetFileName(transcriptPath));
        Assert.True(read.IsSuccess, read.Error);
        Expectations expectations = JsonSerializer.Deserialize<Expectations>(await File.ReadAllBytesAsync(Path.Combine(Folder, meeting + ".expected.json")), JsonOptions)!;
        return (new RuleBasedTranscriptExtractor().Extract(read.Transcript!, Monday, CancellationToken.None), expectations);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record Expectations(List<ExpectedItem> Items, List<ExpectedDecision> Decisions);

    private sealed record ExpectedItem(string Task, string? Owner, string Evidence);

    private sealed record ExpectedDecision(string Text, string Evidence);
}
