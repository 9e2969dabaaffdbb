using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using ActionTracker.Teams.Connector;
using ActionTracker.Teams.Graph;
using ActionTracker.Teams.Protocol;

namespace ActionTracker.Teams.Handlers;

/// <summary>
/// Teams' ways into a transcript draft: a meeting the bot is in ends (meetingEnd → Graph), or a .vtt/.txt/.docx file
/// sent to the bot in personal chat with <c>/action transcript</c>. Both queue the extraction; the card follows.
/// </summary>
public sealed class TeamsTranscripts
{
    private static readonly string[] Extensions = [".vtt", ".txt", ".docx"];

    private readonly IWorkQueue _queue;
    private readonly ConnectorClient _connector;
    private readonly ReferenceRecorder _references;
    private readonly IPersonStore _people;
    private readonly TimeProvider _time;

    public TeamsTranscripts(IWorkQueue queue, ConnectorClient connector, ReferenceRecorder references, IPersonStore people, TimeProvider time)
    {
        _queue = queue;
        _connector = connector;
        _references = references;
        _people = people;
        _time = time;
    }

    /// <summary>meetingEnd: find the meeting's Graph id and organizer, then queue fetching its transcript.</summary>
    public async Task MeetingEndAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ActivityMapper.Tenant(activity) is not { } tenant || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return;
        }

        PersonRef? from = ActivityMapper.Requester(activity);
        if (from is not null)
        {
            // The card goes to the meeting chat later, from this stored reference.
            await _references.RecordAsync(activity, tenant, from, cancellationToken);
        }

        string? teamsMeetingId = activity.ChannelData?.Meeting?.Id;
        MeetingDetails? details = teamsMeetingId is { Length: > 0 } ? await _connector.GetMeetingAsync(serviceUrl, teamsMeetingId, cancellationToken) : null;
        string? graphMeetingId = details?.Details?.MsGraphResourceId ?? teamsMeetingId;
        PersonRef? organizer = details?.Organizer is { } o && PersonRef.IsValidId(o.ObjectId ?? o.Id) ? new PersonRef((o.ObjectId ?? o.Id)!, o.Name ?? "the organizer") : from;
        if (graphMeetingId is null || organizer is null)
        {
            return;
        }

        Person? stored = await _people.GetAsync(tenant, organizer.Id, cancellationToken);
        var job = new TranscriptJob
        {
            IsAutomatic = true,
            Source = new TranscriptReference { Kind = GraphTranscriptSource.SourceKind, Id = graphMeetingId },
            ConversationId = conversationId,
            ConversationKind = ActivityMapper.Kind(activity.Conversation.ConversationType),
            OrganizerId = organizer.Id,
            OrganizerName = stored?.Ref.DisplayName ?? organizer.DisplayName,
            TimeZoneId = stored?.TimeZoneId ?? ActivityMapper.TimeZone(activity) ?? "UTC",
            MeetingTitle = Value(activity, "Title") ?? details?.Details?.Title,
            MeetingStart = details?.Details?.ScheduledStartTime ?? (DateTimeOffset.TryParse(Value(activity, "EndTime"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset end) ? end : _time.GetUtcNow()),
        };
        await _queue.EnqueueAsync(job.ToWorkItem(tenant, "teams-meeting-end:" + Hash(graphMeetingId)), null, cancellationToken);
    }

    /// <summary>
    /// A file sent with <c>/action transcript</c> (or on its own) in personal chat: queued for extraction. Null when the
    /// message is not that, so it runs as an ordinary command.
    /// </summary>
    public async Task<CommandResult?> StartFromFileAsync(Activity activity, string text, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(context);
        InboundAttachment? file = activity.Attachments?.FirstOrDefault(a => string.Equals(a.ContentType, ActivityTypes.FileDownloadInfo, StringComparison.OrdinalIgnoreCase));
        if (file is null || !(text.Length == 0 || CommandParser.Parse(text) is TranscriptCommand { Text: null }))
        {
            return null;
        }

        string name = file.Name ?? "file";
        string? url = file.Content is { ValueKind: JsonValueKind.Object } content && content.TryGetProperty("downloadUrl", out JsonElement u) && u.ValueKind == JsonValueKind.String
            ? u.GetString()
            : null;
        if (!Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return CommandResult.Error($"Only .vtt, .txt and .docx files can be read as transcripts, and “{name}” is not one.", HelpCatalog.Find("transcript")?.Usage);
        }

        if (url is null)
        {
            return CommandResult.Error("Teams sent the file without a download link; send it again.");
        }

        var job = new TranscriptJob
        {
            Source = new TranscriptReference { Kind = TeamsFileSource.SourceKind, Url = url, FileName = name },
            ConversationId = context.ConversationId,
            ConversationKind = context.ConversationKind,
            OrganizerId = context.Requester.Id,
            OrganizerName = context.Requester.DisplayName,
            TimeZoneId = context.RequesterTimeZoneId ?? "UTC",
            MeetingStart = _time.GetUtcNow(),
        };
        await _queue.EnqueueAsync(job.ToWorkItem(context.Tenant, "teams-file:" + Hash(context.ConversationId + "\n" + url)), null, cancellationToken);
        return new CommandResult { Text = $"Reading {name}. The draft items and decisions will appear here to review; nothing is saved until you accept them." };
    }

    private static string? Value(Activity activity, string name)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
}
