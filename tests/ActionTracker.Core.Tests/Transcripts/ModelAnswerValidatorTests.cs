using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Transcripts;
using ActionTracker.TestSupport;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>Recorded model answers (ModelAnswers/*.json) checked against their transcript; the results are golden files.</summary>
public sealed class ModelAnswerValidatorTests
{
    private const string Source = "model test-model";

    private static readonly ExtractionContext Monday = new() { MeetingDate = new DateOnly(2026, 11, 23) };

    [Theory]
    [InlineData("good")]
    [InlineData("hallucinated")]
    public void Validate_RecordedAnswer_MatchesGolden(string answer)
    {
        Transcript transcript = ReadTranscript();
        ModelAnswer recorded = ModelAnswerReader.Read(ReadFile(answer + ".json"))!;

        ModelDrafts drafts = new ModelAnswerValidator(transcript, Monday).Validate(recorded, Whole(transcript), Source);

        GoldenFile.Verify("ModelAnswer." + answer, ToJson(drafts, ModelAnswerValidator.Merge([drafts])));
    }

    [Fact]
    public void Validate_GoodAnswer_QuotesAndTimesComeFromTheTranscript()
    {
        Transcript transcript = ReadTranscript();

        ModelDrafts drafts = new ModelAnswerValidator(transcript, Monday).Validate(ModelAnswerReader.Read(ReadFile("good.json"))!, Whole(transcript), Source);

        Assert.Equal(0, drafts.Dropped);
        Assert.All(drafts.Items, d => Assert.Equal(transcript.Cues[d.Cue].Text, d.Item.Quote));
        Assert.All(drafts.Items, d => Assert.Equal(transcript.Cues[d.Cue].Start, d.Item.Timestamp));
        Assert.All(drafts.Decisions, d => Assert.Equal(transcript.Cues[d.Cue].Speaker, d.Decision.Speaker));
    }

    [Fact]
    public void Validate_HallucinatedAnswer_KeepsOnlyWhatTheTranscriptSupports()
    {
        Transcript transcript = ReadTranscript();

        ModelDrafts drafts = new ModelAnswerValidator(transcript, Monday).Validate(ModelAnswerReader.Read(ReadFile("hallucinated.json"))!, Whole(transcript), Source);

        Assert.Equal(9, drafts.Proposed);
        Assert.Equal(6, drafts.Dropped);
        Assert.DoesNotContain(drafts.Items, d => d.Item.Quote.Contains("offsite", StringComparison.Ordinal));
        DraftItem budget = drafts.Items.Single(d => d.Cue == 2).Item;
        Assert.Null(budget.Owner);
        Assert.Null(budget.Due);
        Assert.Equal(1.0, budget.Confidence);
        DraftItem screenshots = drafts.Items.Single(d => d.Cue == 4).Item;
        Assert.Equal("Priya", screenshots.Owner);
        Assert.Equal(0.0, screenshots.Confidence);
        Assert.Equal(Source, screenshots.Reason);
    }

    [Fact]
    public void Validate_TurnOutsideTheChunk_IsDroppedEvenIfTheTranscriptHasIt()
    {
        Transcript transcript = ReadTranscript();
        var answer = new ModelAnswer { Items = [new ModelAnswerItem { Task = "Send the revised budget", QuoteTurn = 3, Confidence = 0.9 }] };

        ModelDrafts drafts = new ModelAnswerValidator(transcript, Monday).Validate(answer, new TranscriptChunk(5, 5), Source);

        Assert.Empty(drafts.Items);
        Assert.Equal(1, drafts.Dropped);
    }

    [Fact]
    public void Validate_NoMeetingDate_LeavesDueDatesOpen()
    {
        Transcript transcript = ReadTranscript();

        ModelDrafts drafts = new ModelAnswerValidator(transcript, ExtractionContext.None).Validate(ModelAnswerReader.Read(ReadFile("good.json"))!, Whole(transcript), Source);

        Assert.All(drafts.Items, d => Assert.Null(d.Item.Due));
    }

    [Theory]
    [InlineData("Omar will send the budget to finance", "Omar Haddad", "Send the budget to finance")]
    [InlineData("We'll need to book the venue by Friday", null, "Book the venue")]
    [InlineData("to review the contract, because legal asked", null, "Review the contract")]
    [InlineData("Action item: draft the press release", null, "Draft the press release")]
    [InlineData("Sofia Reyes: ask Priya to refresh the screenshots", "Sofia Reyes", "Ask Priya to refresh the screenshots")]
    public void Validate_TaskPhrase_IsAShortImperative(string task, string? owner, string expected)
    {
        Transcript transcript = ReadTranscript();
        var answer = new ModelAnswer { Items = [new ModelAnswerItem { Task = task, Owner = owner, QuoteTurn = 3, Confidence = 0.9 }] };

        ModelDrafts drafts = new ModelAnswerValidator(transcript, Monday).Validate(answer, Whole(transcript), Source);

        Assert.Equal(expected, Assert.Single(drafts.Items).Item.Task);
    }

    [Theory]
    [InlineData("Omar", "Omar Haddad")]
    [InlineData("HADDAD", "Omar Haddad")]
    [InlineData("Priya", "Priya")]
    [InlineData("priya", "Priya")]
    [InlineData("marketing", "marketing")]
    [InlineData("Bob", null)]
    [InlineData("everyone", null)]
    [InlineData("me", null)]
    [InlineData("", null)]
    [InlineData("Omar Haddad and Sofia Reyes together with Lena", null)]
    public void Validate_Owner_IsASpeakerOrANameSaidInTheMeeting(string owner, string? expected)
    {
        Transcript transcript = ReadTranscript();
        var answer = new ModelAnswer { Items = [new ModelAnswerItem { Task = "Update the pricing page", Owner = owner, QuoteTurn = 9, Confidence = 0.8 }] };

        ModelDrafts drafts = new ModelAnswerValidator(transcript, Monday).Validate(answer, Whole(transcript), Source);

        Assert.Equal(expected, Assert.Single(drafts.Items).Item.Owner);
    }

    [Fact]
    public void Merge_OverlappingChunks_KeepsOneOfEachNearDuplicateInMeetingOrder()
    {
        Transcript transcript = ReadTranscript();
        var validator = new ModelAnswerValidator(transcript, Monday);
        var first = new ModelAnswer
        {
            Items = [new ModelAnswerItem { Task = "Update the pricing page", Owner = "Omar", QuoteTurn = 9, Confidence = 0.7 }],
            Decisions = [new ModelAnswerDecision { Text = "Move the launch to March", QuoteTurn = 4 }],
        };
        var second = new ModelAnswer
        {
            Items =
            [
                new ModelAnswerItem { Task = "Send the revised budget to finance", Owner = "Omar", QuoteTurn = 3, Confidence = 0.9 },
                new ModelAnswerItem { Task = "Update the pricing page before next meeting", Owner = "Omar Haddad", QuoteTurn = 9, Confidence = 0.8 },
            ],
            Decisions = [new ModelAnswerDecision { Text = "The launch moves to March", QuoteTurn = 4 }],
        };

        TranscriptExtraction merged = ModelAnswerValidator.Merge(
        [
            validator.Validate(first, new TranscriptChunk(3, 7), Source),
            validator.Validate(second, Whole(transcript), Source),
        ]);

        Assert.Equal(["Send the revised budget to finance", "Update the pricing page"], merged.Items.Select(i => i.Task));
        Assert.Equal(0.8, merged.Items[1].Confidence);
        Assert.Single(merged.Decisions);
    }

    private static TranscriptChunk Whole(Transcript transcript) => new(0, transcript.Cues.Count);

    private static Transcript ReadTranscript() =>
        TranscriptReader.Read(Encoding.UTF8.GetBytes(ReadFile("budget-review.txt")), "budget-review.txt").Transcript!;

    private static string ReadFile(string name, [CallerFilePath] string callerPath = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerPath)!, "ModelAnswers", name));

    private static JsonObject ToJson(ModelDrafts drafts, TranscriptExtraction extraction) => new()
    {
        ["proposed"] = drafts.Proposed,
        ["dropped"] = drafts.Dropped,
        ["items"] = new JsonArray(extraction.Items.Select(i => (JsonNode)new JsonObject
        {
            ["task"] = i.Task,
            ["owner"] = i.Owner,
            ["due"] = i.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["quote"] = i.Quote,
            ["speaker"] = i.Speaker,
            ["timestamp"] = i.Timestamp?.ToString("c", CultureInfo.InvariantCulture),
            ["confidence"] = i.Confidence,
            ["reason"] = i.Reason,
        }).ToArray()),
        ["decisions"] = new JsonArray(extraction.Decisions.Select(d => (JsonNode)new JsonObject
        {
            ["text"] = d.Text,
            ["quote"] = d.Quote,
            ["speaker"] = d.Speaker,
            ["timestamp"] = d.Timestamp?.ToString("c", CultureInfo.InvariantCulture),
            ["confidence"] = d.Confidence,
            ["reason"] = d.Reason,
        }).ToArray()),
    };
}
