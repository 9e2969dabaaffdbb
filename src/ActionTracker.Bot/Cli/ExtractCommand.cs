using System.Globalization;
using System.Text;
using System.Text.Json;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Bot.Cli;

/// <summary>
/// <c>extract FILE [--meeting-date YYYY-MM-DD] [--json]</c>: the draft items and decisions of a transcript file.
/// Needs no storage and no settings, so it runs without building the host.
/// </summary>
internal static class ExtractCommand
{
    public const string Usage = "usage: extract FILE [--meeting-date YYYY-MM-DD] [--json]";

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, stderr, new RuleBasedTranscriptExtractor(), cancellationToken);

    /// <summary>As above with the configured extractor (a model one when Extraction:Provider names it).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, ITranscriptExtractor extractor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        string? file = null;
        string? dateText = null;
        bool json = false;
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--meeting-date" when i + 1 < args.Length && dateText is null:
                    dateText = args[++i];
                    break;
                case { } other when !other.StartsWith("--", StringComparison.Ordinal) && file is null:
                    file = other;
                    break;
                default:
                    await stderr.WriteLineAsync(Usage);
                    return 2;
            }
        }

        if (file is null)
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        DateOnly? meetingDate = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
            {
                await stderr.WriteLineAsync($"'{dateText}' is not a date in the form YYYY-MM-DD.");
                return 1;
            }

            meetingDate = parsed;
        }

        byte[] content;
        try
        {
            var info = new FileInfo(file);
            if (info.Exists && info.Length > TranscriptLimits.MaxBytes)
            {
                await stderr.WriteLineAsync($"{file}: the transcript is larger than the {TranscriptLimits.MaxBytes / (1024 * 1024)} MB limit.");
                return 1;
            }

            content = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"{file}: cannot read the file ({exception.Message})");
            return 1;
        }

        TranscriptReadResult read = TranscriptReader.Read(content, Path.GetFileName(file));
        if (read.Transcript is not { } transcript)
        {
            await stderr.WriteLineAsync($"{file}: {read.Error}");
            return 1;
        }

        TranscriptExtraction extraction = await extractor.ExtractAsync(transcript, new ExtractionContext { MeetingDate = meetingDate }, cancellationToken);
        await stdout.WriteAsync(json ? ToJson(extraction) + "\n" : ToSummary(extraction, transcript));
        return 0;
    }

    public static string ToJson(TranscriptExtraction extraction)
    {
        var output = new ExtractOutput(
            extraction.Items.Select(i => new ExtractItemLine(i.Task, i.Owner, i.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.Quote, Timestamp(i.Timestamp), i.Confidence, i.Speaker, i.Reason)).ToList(),
            extraction.Decisions.Select(d => new ExtractDecisionLine(d.Text, d.Quote, Timestamp(d.Timestamp), d.Confidence, d.Speaker, d.Reason)).ToList());
        return JsonSerializer.Serialize(output, ExtractJsonContext.Default.ExtractOutput);
    }

    /// <summary>"HH:MM:SS.mmm" as DESIGN §6 asks (hours never exceed the 4-hour limit).</summary>
    public static string? Timestamp(TimeSpan? time) =>
        time is { } t ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}") : null;

    private static string ToSummary(TranscriptExtraction extraction, Transcript transcript)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{transcript.Cues.Count} turns, {transcript.Speakers.Count} speakers.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Action items ({extraction.Items.Count}):\n");
        int n = 0;
        foreach (DraftItem item in extraction.Items)
        {
            string due = item.Due is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none";
            text.Append(CultureInfo.InvariantCulture, $"  {++n}. {item.Task}\n     owner: {item.Owner ?? "unassigned"}, due: {due}, at {Timestamp(item.Timestamp) ?? "?"}, confidence {item.Confidence:0.00} ({item.Reason})\n     \"{item.Quote}\"\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nDecisions ({extraction.Decisions.Count}):\n");
        n = 0;
        foreach (DraftDecision decision in extraction.Decisions)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {++n}. {decision.Text}\n     at {Timestamp(decision.Timestamp) ?? "?"}, confidence {decision.Confidence:0.00}\n     \"{decision.Quote}\"\n");
        }

        return text.ToString();
    }
}
