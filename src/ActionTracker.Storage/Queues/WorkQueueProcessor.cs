using System.Text.Json;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Storage.Queues;

/// <summary>
/// Takes queued work and runs it through its handler exactly once. A message stays invisible while it is
/// worked on and is deleted only after its idempotency claim is completed, so a crash mid-work makes the
/// message reappear and the stale claim is retaken; a redelivered message of completed work is just removed.
/// </summary>
internal sealed class WorkQueueProcessor : IQueuedWorkRunner
{
    /// <summary>After this many deliveries a message is moved to the poison queue for an operator.</summary>
    public const int MaxDeliveries = 5;

    private const int BatchSize = 16;

    /// <summary>How long a message stays hidden while a handler runs; longer than <see cref="ClaimStaleAfter"/>.</summary>
    private static readonly TimeSpan Invisibility = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan ClaimStaleAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    private readonly StorageQueues _queues;
    private readonly IIdempotencyStore _idempotency;
    private readonly Dictionary<string, IWorkHandler> _handlers;
    private readonly ILogger<WorkQueueProcessor> _logger;

    public WorkQueueProcessor(StorageQueues queues, IIdempotencyStore idempotency, IEnumerable<IWorkHandler> handlers, ILogger<WorkQueueProcessor> logger)
    {
        _queues = queues;
        _idempotency = idempotency;
        _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);
        _logger = logger;
    }

    /// <summary>First retry delay after a handler failure; doubles per delivery up to five minutes.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>When work is claimed by another worker, look again after this long (when its claim may be stale).</summary>
    public TimeSpan InProgressRecheckDelay { get; set; } = ClaimStaleAfter;

    public Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => RunOnceCoreAsync(cancellationToken), cancellationToken);

    private async Task<int> RunOnceCoreAsync(CancellationToken cancellationToken)
    {
        QueueClient queue = await _queues.GetWorkAsync(cancellationToken);
        QueueMessage[] messages = (await queue.ReceiveMessagesAsync(BatchSize, Invisibility, cancellationToken)).Value;
        foreach (QueueMessage message in messages)
        {
            await ProcessAsync(queue, message, cancellationToken);
        }

        return messages.Length;
    }

    private async Task ProcessAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        StoredWorkMessage? body = Parse(message);
        if (body is null || !TenantKey.TryParse(body.Tenant, out TenantKey tenant))
        {
            await PoisonAsync(queue, message, "unreadable message", cancellationToken);
            return;
        }

        if (!_handlers.TryGetValue(body.Kind, out IWorkHandler? handler))
        {
            await PoisonAsync(queue, message, $"no handler for kind '{body.Kind}'", cancellationToken);
            return;
        }

        if (message.DequeueCount > MaxDeliveries)
        {
            await PoisonAsync(queue, message, $"failed {MaxDeliveries} times", cancellationToken);
            return;
        }

        IdempotencyClaim claim = await _idempotency.TryClaimAsync(tenant, "work:" + body.Key, ClaimStaleAfter, cancellationToken);
        switch (claim.State)
        {
            case ClaimState.AlreadyCompleted:
                Log.WorkAlreadyDone(_logger, body.Kind, message.MessageId);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                return;
            case ClaimState.InProgress:
                // Another worker holds it; look again once its claim could have gone stale.
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: InProgressRecheckDelay, cancellationToken: cancellationToken);
                return;
        }

        var item = new WorkItem { Kind = body.Kind, Tenant = tenant, IdempotencyKey = body.Key, Payload = body.Payload };
        try
        {
            await handler.HandleAsync(item, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.WorkFailed(_logger, body.Kind, message.MessageId, message.DequeueCount, exception);
            await _idempotency.ReleaseAsync(claim, cancellationToken);
            TimeSpan retryIn = TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, RetryBaseDelay.TotalSeconds * Math.Pow(2, message.DequeueCount - 1)));
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: retryIn, cancellationToken: cancellationToken);
            return;
        }

        // Mark done before deleting: a crash in between only leads to a redelivery that is recognised as done.
        await _idempotency.CompleteAsync(claim, cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private async Task PoisonAsync(QueueClient queue, QueueMessage message, string reason, CancellationToken cancellationToken)
    {
        Log.WorkPoisoned(_logger, message.MessageId, reason);
        QueueClient poison = await _queues.GetPoisonAsync(cancellationToken);
        await poison.SendMessageAsync(message.Body, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private static StoredWorkMessage? Parse(QueueMessage message)
    {
        try
        {
            return JsonSerializer.Deserialize(message.Body.ToString(), StorageJsonContext.Default.StoredWorkMessage);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
