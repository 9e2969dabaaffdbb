using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// Keeps a Graph subscription to new meeting transcripts alive: created at start, renewed when a third of its lifetime
/// is left, created again when Graph forgot it. Off unless Graph, its tenant, the notification URL and clientState are set.
/// </summary>
public sealed class GraphSubscriptionService : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    private readonly GraphClients _clients;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphSubscriptionService> _logger;

    public GraphSubscriptionService(GraphClients clients, TimeProvider time, ILogger<GraphSubscriptionService> logger)
    {
        _clients = clients;
        _time = time;
        _logger = logger;
    }

    public string? SubscriptionId { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>One check: create or renew as needed. Returns whether a subscription is in place.</summary>
    public async Task<bool> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        GraphOptions options = _clients.Options;
        if (!options.SubscriptionsEnabled)
        {
            return false;
        }

        if (SubscriptionId is not null && ExpiresAt is { } expires && expires - now > options.SubscriptionLifetime / 3)
        {
            return true;
        }

        var graph = _clients.For(options.TenantId!);
        DateTimeOffset until = now + options.SubscriptionLifetime;
        if (SubscriptionId is { } id)
        {
            try
            {
                Subscription? renewed = await graph.Subscriptions[id].PatchAsync(new Subscription { ExpirationDateTime = until }, cancellationToken: cancellationToken);
                ExpiresAt = renewed?.ExpirationDateTime ?? until;
                Log.GraphSubscribed(_logger, id, ExpiresAt.Value);
                return true;
            }
            catch (ApiException exception) when (exception.ResponseStatusCode == 404)
            {
                SubscriptionId = null;
            }
        }

        Subscription? created = await graph.Subscriptions.PostAsync(
            new Subscription
            {
                ChangeType = "created",
                Resource = options.SubscriptionResource,
                NotificationUrl = options.NotificationUrl,
                LifecycleNotificationUrl = options.NotificationUrl,
                ClientState = options.NotificationClientState,
                ExpirationDateTime = until,
            },
            cancellationToken: cancellationToken);
        SubscriptionId = created?.Id;
        ExpiresAt = created?.ExpirationDateTime ?? until;
        if (SubscriptionId is not null)
        {
            Log.GraphSubscribed(_logger, SubscriptionId, ExpiresAt.Value);
        }

        return SubscriptionId is not null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_clients.Options.SubscriptionsEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Tick, _time);
        do
        {
            try
            {
                await RunOnceAsync(_time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.GraphSubscriptionFailed(_logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
