using System.Text.Json;
using ActionTracker.Core.Work;
using ActionTracker.Teams.Connector;
using ActionTracker.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Teams.Handlers;

/// <summary>
/// Replaces a card message for everyone after a card action (the invoke answer only changes the clicker's view).
/// A message that is gone or may no longer be changed (4xx) is not retried; throttling and outages are.
/// </summary>
public sealed class CardUpdateWorkHandler : IWorkHandler
{
    public const string WorkKind = "teams.card-update";

    private readonly ConnectorClient _connector;
    private readonly ILogger<CardUpdateWorkHandler> _logger;

    public CardUpdateWorkHandler(ConnectorClient connector, ILogger<CardUpdateWorkHandler> logger)
    {
        _connector = connector;
        _logger = logger;
    }

    public string Kind => WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (JsonSerializer.Deserialize(item.Payload, TeamsJsonContext.Default.CardUpdate) is not { } update)
        {
            return;
        }

        try
        {
            await SendAsync(_connector, update, cancellationToken);
        }
        catch (ConnectorException exception) when (exception.StatusCode is >= 400 and < 500 and not 429)
        {
            Log.CardUpdateDropped(_logger, exception.StatusCode);
        }
    }

    internal static Task SendAsync(ConnectorClient connector, CardUpdate update, CancellationToken cancellationToken)
    {
        var activity = new OutboundActivity
        {
            Attachments = [new Attachment { ContentType = ActivityTypes.AdaptiveCardContentType, Content = update.Card }],
        };
        return connector.UpdateAsync(update.ServiceUrl, update.ConversationId, update.ActivityId, activity, cancellationToken);
    }
}
