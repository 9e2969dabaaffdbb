using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>
/// Extraction quality on the annotated development set, scored by the set's own scorer: fails when item recall,
/// owner accuracy or precision, or decision recall or precision, drops below what the rules reached (minus a small
/// margin). Only the meeting date is read from the annotations, as the extract CLI gets it.
/// </summary>
public sealed class DevsetRegressionTests
{
    // Reached: items recall 0.704 (145/206), owner accuracy 0.778 (98/126), precision 0.413 (145/351);
    // decisions recall 0.312 (112/359), precision 0.175 (112/638).
    private const double MinRecall = 0.70;
    private const double MinOwnerAccuracy = 0.77;
    private const double MinPrecision = 0.40;
    private const double MinDecisionRecall = 0.305;
    private const double MinDecisionPrecision = 0.17;

    [DevsetFact]
    public async Task Extract_DevelopmentSet_KeepsRecallAndOwnerAccuracy()
    {
        string devset = DevsetFactAttribute.Directory!;
        // ACTIONTRACKER_DEVSET_PREDICTIONS keeps the predictions in that folder, to inspect misses with score.py --details.
        string? keep = Environment.GetEnvironmentVariable("ACTIONTRACKER_DEVSET_PREDICTIONS");
        string predictions = string.IsNullOrEmpty(keep) ? Path.Combine(Path.GetTempPath(), "devset-predictions-" + Guid.NewGuid().ToString("N")) : keep;
        Directory.CreateDirectory(predictions);
        try
        {
            var extractor = new RuleBasedTranscriptExtractor();
            foreach (string meeting in Directory.GetDirectories(Path.Combine(devset, "evalset")))
            {
                TranscriptReadResult read = TranscriptReader.Read(await File.ReadAllBytesAsync(Path.Combine(meeting, "transcript.vtt")), "transcript.vtt");
                Assert.True(read.IsSuccess, meeting + ": " + read.Error);
                var context = new ExtractionContext { MeetingDate = await MeetingDateAsync(Path.Combine(meeting, "gold.json")) };
                TranscriptExtraction extraction = await extractor.ExtractAsync(read.Transcript!, context, CancellationToken.None);
                await File.WriteAllBytesAsync(Path.Combine(predictions, Path.GetFileName(meeting) + ".json"), ToJson(extraction));
            }

            using JsonDocument score = await ScoreAsync(devset, predictions, "items");
            using JsonDocument decisionScore = await ScoreAsync(devset, predictions, "decisions");
            double recall = score.RootElement.GetProperty("recall").GetDouble();
            double precision = score.RootElement.GetProperty("precision").GetDouble();
            double ownerAccuracy = score.RootElement.GetProperty("owner_accuracy").GetDouble();
            double decisionRecall = decisionScore.RootElement.GetProperty("recall").GetDouble();
            double decisionPrecision = decisionScore.RootElement.GetProperty("precision").GetDouble();

            Assert.True(recall >= MinRecall, $"item recall {recall:0.000} < {MinRecall}");
            Assert.True(ownerAccuracy >= MinOwnerAccuracy, $"owner accuracy {ownerAccuracy:0.000} < {MinOwnerAccuracy}");
            Assert.True(precision >= MinPrecision, $"item precision {precision:0.000} < {MinPrecision}");
            Assert.True(decisionRecall >= MinDecisionRecall, $"decision recall {decisionRecall:0.000} < {MinDecisionRecall}");
            Assert.True(decisionPrecision >= MinDecisionPrecision, $"decision precision {decisionPrecision:0.000} < {MinDecisionPrecision}");
        }
        finally
        {
            if (string.IsNullOrEmpty(keep))
            {
                Directory.Delete(predictions, recursive: true);
            }
        }
    }

    private static async Task<DateOnly?> MeetingDateAsync(string goldPath)
    {
        using JsonDocument gold = JsonDocument.Parse(await File.ReadAllBytesAsync(goldPath));
        return gold.RootElement.TryGetProperty("date", out JsonElement date) && date.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static async Task<JsonDocument> ScoreAsync(string devset, string predictions, string kind)
    {
        var start = new ProcessStartInfo("python3", [Path.Combine(devset, "score.py"), "--gold-dir", Path.Combine(devset, "evalset"), "--pred-dir", predictions, "--kind", kind, "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "score.py failed: " + stderr);
        return JsonDocument.Parse(await stdout);
    }

    private static byte[] ToJson(TranscriptExtraction extraction)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (DraftItem item in extraction.Items)
            {
                json.WriteStartObject();
                json.WriteString("task", item.Task);
                json.WriteString("owner", item.Owner);
                json.WriteString("due", item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("quote", item.Quote);
                json.WriteString("timestamp", item.Timestamp?.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture));
                json.WriteNumber("confidence", item.Confidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("decisions");
            foreach (DraftDecision decision in extraction.Decisions)
            {
                json.WriteStartObject();
                json.WriteString("text", decision.Text);
                json.WriteString("quote", decision.Quote);
                json.WriteString("timestamp", decision.Timestamp?.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
