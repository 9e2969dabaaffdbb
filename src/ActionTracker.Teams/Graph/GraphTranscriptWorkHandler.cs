using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// A queued transcript notification: looks the meeting up (its chat, title and organizer) and queues the extraction for
/// that chat. Meetings whose chat the bot has never been in are skipped: there is nowhere to post the card.
/// </summary>
public sealed class GraphTranscriptWorkHandler : IWorkHandler
{
    public const string WorkKind = "graph.transcript";

    private readonly GraphClients _clients;
    private readonly IConversationStore _conversations;
    private readonly IPersonStore _people;
    private readonly IWorkQueue _queue;
    private readonly ILogger<GraphTranscriptWorkHandler> _logger;

    public GraphTranscriptWorkHandler(GraphClients clients, IConversationStore conversations, IPersonStore people, IWorkQueue queue, ILogger<GraphTranscriptWorkHandler> logger)
    {
        _clients = clients;
        _conversations = conversations;
        _people = people;
        _queue = queue;
        _logger = logger;
    }

    public string Kind => WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        GraphTranscriptNotice? notice = JsonSerializer.Deserialize(item.Payload, GraphJsonContext.Default.GraphTranscriptNotice);
        if (notice is null || !_clients.Options.IsConfigured)
        {
            return;
        }

        OnlineMeeting? meeting;
        try
        {
            meeting = await _clients.For(item.Tenant.Value["teams:".Length..]).Communications.OnlineMeetings[notice.MeetingId].GetAsync(cancellationToken: cancellationToken);
        }
        catch (ApiException exception) when (exception.ResponseStatusCode is 401 or 403 or 404)
        {
            Log.GraphTranscriptSkipped(_logger, "the meeting could not be read (" + exception.ResponseStatusCode + ")");
            return;
        }

        string? chatId = meeting?.ChatInfo?.ThreadId;
        if (chatId is null || await _conversations.GetAsync(item.Tenant, chatId, cancellationToken) is null)
        {
            Log.GraphTranscriptSkipped(_logger, "the bot is not in the meeting's chat");
            return;
        }

        Identity? user = meeting!.Participants?.Organizer?.Identity?.User;
        if (user?.Id is not { } organizerId || !PersonRef.IsValidId(organizerId))
        {
            Log.GraphTranscriptSkipped(_logger, "the meeting has no organizer");
            return;
        }

        Core.People.Person? stored = await _people.GetAsync(item.Tenant, organizerId, cancellationToken);
        var job = new TranscriptJob
        {
            IsAutomatic = true,
            Source = new TranscriptReference { Kind = GraphTranscriptSource.SourceKind, Id = notice.MeetingId, TranscriptId = notice.TranscriptId },
            ConversationId = chatId,
            ConversationKind = ConversationKind.Group,
            OrganizerId = organizerId,
            OrganizerName = stored?.Ref.DisplayName ?? user.DisplayName ?? "the organizer",
            TimeZoneId = stored?.TimeZoneId ?? "UTC",
            MeetingTitle = meeting.Subject,
            MeetingStart = meeting.StartDateTime,
        };
        string key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(notice.MeetingId + "\n" + notice.TranscriptId)))[..40];
        await _queue.EnqueueAsync(job.ToWorkItem(item.Tenant, "graph-transcript-job:" + key), null, cancellationToken);
    }
}
