using System.Text.Json;
using ActionTracker.Core.Work;
using ActionTracker.Teams.Connector;
using ActionTracker.Teams.Protocol;

namespace ActionTracker.Teams.Handlers;

/// <summary>Queued activities answered after the 200: runs them and sends the replies through the connector.</summary>
public sealed class ActivityWorkHandler : IWorkHandler
{
    public const string WorkKind = "teams.activity";

    private readonly ActivityProcessor _processor;
    private readonly ConnectorClient _connector;

    public ActivityWorkHandler(ActivityProcessor processor, ConnectorClient connector)
    {
        _processor = processor;
        _connector = connector;
    }

    public string Kind => WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        Activity? activity = JsonSerializer.Deserialize(item.Payload, TeamsJsonContext.Default.Activity);
        if (activity?.ServiceUrl is not { } serviceUrl || activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        // The command itself is deduped by activity id, so a retry after a failed send never runs it twice.
        IReadOnlyList<OutboundActivity> replies = await _processor.ProcessAsync(activity, cancellationToken);
        await SendAsync(_connector, serviceUrl, conversationId, activity.Id, replies, cancellationToken);
    }

    internal static async Task SendAsync(
        ConnectorClient connector, string serviceUrl, string conversationId, string? replyToId, IReadOnlyList<OutboundActivity> replies, CancellationToken cancellationToken)
    {
        foreach (OutboundActivity reply in replies)
        {
            await connector.SendAsync(serviceUrl, conversationId, reply with { ReplyToId = replyToId }, cancellationToken);
        }
    }
}
