using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Work;

namespace ActionTracker.Core.Execution;

/// <summary>
/// <c>transcript TEXT</c>: checks the pasted text can be read, keeps it, and queues the extraction (which may be slow);
/// the review card follows in the conversation. Nothing is stored when the text is empty, too long or unreadable.
/// </summary>
internal static class TranscriptHandler
{
    public static async Task<CommandResult> StartAsync(TranscriptCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        string? usage = HelpCatalog.Find("transcript")?.Usage;
        if (services.Meetings is null || services.Queue is null)
        {
            return CommandResult.Error("Transcripts cannot be read by this installation.");
        }

        if (command.Text is not { Length: > 0 } text)
        {
            return CommandResult.Error("Paste the transcript after `transcript`, or attach a .vtt, .txt or .docx file.", usage);
        }

        int bytes = Encoding.UTF8.GetByteCount(text);
        if (text.Length > DraftLimits.MaxPastedChars || bytes > DraftLimits.MaxBytes)
        {
            return CommandResult.Error(
                text.Length > DraftLimits.MaxPastedChars
                    ? string.Create(CultureInfo.InvariantCulture, $"That is {text.Length:N0} characters; paste at most {DraftLimits.MaxPastedChars:N0}, or attach the transcript as a file.")
                    : DraftLimits.TooLargeMessage(bytes),
                usage);
        }

        (Transcripts.Transcript? transcript, string? error) = TranscriptInput.Read(Encoding.UTF8.GetBytes(text), "pasted.txt");
        if (transcript is null)
        {
            return CommandResult.Error("I couldn't read that as a transcript: " + error, usage);
        }

        // Each paste is its own work (pasting again shows the draft again); the draft itself is found by the transcript's hash.
        DateTimeOffset now = services.Time.GetUtcNow();
        string inputId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            context.ConversationId + "\n" + now.UtcTicks.ToString(CultureInfo.InvariantCulture) + "\n" + text)))[..40];
        var job = new TranscriptJob
        {
            Source = new TranscriptReference { Kind = TranscriptReference.PastedKind, Id = inputId },
            ConversationId = context.ConversationId,
            ConversationKind = context.ConversationKind,
            OrganizerId = requester.Person.Id,
            OrganizerName = requester.Person.DisplayName,
            TimeZoneId = requester.TimeZoneId,
            MeetingStart = now,
        };
        await services.Meetings.SaveInputAsync(context.Tenant, inputId, text, cancellationToken);
        await services.Meetings.RetainInputAsync(context.Tenant, inputId, now + TranscriptRetention.Unprocessed, cancellationToken);
        await services.Queue.EnqueueAsync(job.ToWorkItem(context.Tenant, "transcript:" + inputId), null, cancellationToken);
        return new CommandResult
        {
            Text = string.Create(CultureInfo.InvariantCulture, $"Reading the transcript ({transcript.Cues.Count} lines). The draft items and decisions will appear here to review; nothing is saved until you accept them."),
        };
    }
}
