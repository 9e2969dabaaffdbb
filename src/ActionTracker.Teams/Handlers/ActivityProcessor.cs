using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using ActionTracker.Teams.Cards;
using ActionTracker.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Teams.Handlers;

/// <summary>Turns an authenticated activity into the bot's replies: messages, installs and card actions.</summary>
public sealed class ActivityProcessor
{
    private static readonly TimeSpan ClaimStaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>Bounds the help cache: every verb's help plus typos fit; anything beyond is rendered each time.</summary>
    private const int MaxHelpReplies = 128;

    private readonly CommandExecutor _executor;
    private readonly ReferenceRecorder _references;
    private readonly IIdempotencyStore _idempotency;
    private readonly IPersonStore _people;
    private readonly IWorkQueue _queue;
    private readonly ILogger<ActivityProcessor> _logger;
    private readonly TeamsTranscripts _transcripts;
    private readonly ITodoSyncStore _todoSync;
    private readonly ConcurrentDictionary<string, OutboundActivity> _helpReplies = new(StringComparer.Ordinal);

    public ActivityProcessor(
        CommandExecutor executor,
        ReferenceRecorder references,
        IIdempotencyStore idempotency,
        IPersonStore people,
        IWorkQueue queue,
        ILogger<ActivityProcessor> logger,
        TeamsTranscripts transcripts,
        ITodoSyncStore todoSync)
    {
        _todoSync = todoSync;
        _transcripts = transcripts;
        _executor = executor;
        _references = references;
        _idempotency = idempotency;
        _people = people;
        _queue = queue;
        _logger = logger;
    }

    /// <summary>The replies to a message, conversationUpdate or installationUpdate; empty when there is nothing to say.</summary>
    public async Task<IReadOnlyList<OutboundActivity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            return activity.Type switch
            {
                ActivityTypes.Message => await MessageAsync(activity, cancellationToken),
                ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => await InstallAsync(activity, cancellationToken),
                _ => [],
            };
        }
        catch (StorageUnavailableException exception)
        {
            Log.StorageUnavailable(_logger, activity.Type ?? "?", exception);
            return [new OutboundActivity { Text = StorageUnavailableException.UserMessage }];
        }
    }

    /// <summary>
    /// An <c>adaptiveCard/action</c>: runs the button's command once per activity id (Teams retries invokes) and answers
    /// with the refreshed card; after a change the card message is also updated in place for everyone.
    /// </summary>
    public async Task<InvokeResponse> CardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CardCommands.FromInvoke(activity.Value) is not { } command
            || ActivityMapper.Context(activity, new Dictionary<string, string>(StringComparer.Ordinal), hadPrefix: true) is not { } context)
        {
            return new InvokeResponse(400, "application/vnd.microsoft.error", new JsonObject { ["code"] = "BadRequest", ["message"] = "Unknown action" });
        }

        CommandResult result;
        try
        {
            IdempotencyClaim? claim = null;
            if (activity.Id is { Length: > 0 } && ChangesState(command.Text))
            {
                claim = await _idempotency.TryClaimAsync(context.Tenant, ActivityKey(activity), ClaimStaleAfter, cancellationToken);
                if (claim.State != ClaimState.Claimed)
                {
                    // A redelivered click: answer with the card as it is now, without running the command again.
                    Log.DuplicateActivity(_logger);
                    return new InvokeResponse(200, ActivityTypes.AdaptiveCardContentType, AdaptiveCardRenderer.Refreshed(await CurrentAsync(command.Item, context, cancellationToken)));
                }
            }

            try
            {
                await _references.RecordAsync(activity, context.Tenant, context.Requester, cancellationToken);
                result = await RunCardCommandAsync(activity, command, context, cancellationToken);
                if (claim is not null)
                {
                    await _idempotency.CompleteAsync(claim, cancellationToken);
                }
            }
            catch when (claim is not null)
            {
                await _idempotency.ReleaseAsync(claim, CancellationToken.None);
                throw;
            }

            if (!result.Succeeded && command.Item is { } item && !result.Views.Any(v => v is Core.Views.ItemCardView))
            {
                // Show the item as it is now, with the reason the click was refused on top.
                CommandResult current = await CurrentAsync(item, context, cancellationToken);
                if (current.Succeeded)
                {
                    result = current with { Text = result.Text, Succeeded = false };
                }
            }
        }
        catch (StorageUnavailableException exception)
        {
            Log.StorageUnavailable(_logger, activity.Type ?? "?", exception);
            result = CommandResult.Error(StorageUnavailableException.UserMessage);
        }

        JsonObject card = AdaptiveCardRenderer.Refreshed(result);
        if (result.Succeeded && ChangesState(command.Text))
        {
            await QueueCardUpdateAsync(activity, context.Tenant, card, cancellationToken);
        }

        return new InvokeResponse(200, ActivityTypes.AdaptiveCardContentType, card);
    }

    /// <summary>The message action: the create dialog, or (on submit) the new item's card in the dialog.</summary>
    public async Task<JsonObject> MessageExtensionAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Name == MessageExtension.FetchTask)
        {
            PersonRef requester = ActivityMapper.Requester(activity) ?? new PersonRef("unknown", "Me");
            return MessageExtension.FetchResponse(activity.Value, requester);
        }

        if (MessageExtension.AddCommand(activity.Value) is not { } command
            || ActivityMapper.Context(activity, new Dictionary<string, string>(StringComparer.Ordinal), hadPrefix: true) is not { } context)
        {
            return MessageExtension.Dialog("Create action item", AdaptiveCardRenderer.Render(new Core.Views.ErrorView("Say what needs to be done.", null, null)));
        }

        CommandResult result;
        try
        {
            IdempotencyClaim? claim = null;
            if (activity.Id is { Length: > 0 })
            {
                claim = await _idempotency.TryClaimAsync(context.Tenant, ActivityKey(activity), ClaimStaleAfter, cancellationToken);
                if (claim.State != ClaimState.Claimed)
                {
                    // A redelivered submit: the item exists already; never create a second one (nor look up the owner).
                    Log.DuplicateActivity(_logger);
                    return MessageExtension.Dialog("Action item created", AdaptiveCardRenderer.Refreshed(new CommandResult { Text = "This action item was already created." }));
                }
            }

            try
            {
                await _references.RecordAsync(activity, context.Tenant, context.Requester, cancellationToken);
                if (command.Contains("<@", StringComparison.Ordinal) && MessageExtension.PickedOwner(activity.Value) is { } ownerId
                    && await _people.GetAsync(context.Tenant, ownerId, cancellationToken) is { } owner)
                {
                    // The picker sends only the id: name the owner as the bot already knows them.
                    context = context with { MentionNames = new Dictionary<string, string>(StringComparer.Ordinal) { [ownerId] = owner.Ref.DisplayName } };
                }

                result = await _executor.ExecuteAsync(command, context, cancellationToken);
                if (claim is not null)
                {
                    await _idempotency.CompleteAsync(claim, cancellationToken);
                }
            }
            catch when (claim is not null)
            {
                await _idempotency.ReleaseAsync(claim, CancellationToken.None);
                throw;
            }
        }
        catch (StorageUnavailableException exception)
        {
            Log.StorageUnavailable(_logger, activity.Type ?? "?", exception);
            result = CommandResult.Error(StorageUnavailableException.UserMessage);
        }

        return MessageExtension.Dialog(result.Succeeded ? "Action item created" : "Not created", AdaptiveCardRenderer.Refreshed(result));
    }

    /// <summary>A card's command; an edit form's goal field is linked first, so a goal refused by id changes nothing.</summary>
    private async Task<CommandResult> RunCardCommandAsync(
        Activity activity, (string Text, long? Item) command, CommandContext context, CancellationToken cancellationToken)
    {
        (string? goal, bool titleGiven) = EditForm.Read(activity.Value);
        if (goal is null || command.Item is not { } linked)
        {
            return await _executor.ExecuteAsync(command.Text, context, cancellationToken);
        }

        CommandResult result = await _executor.ExecuteAsync("link #" + linked + " " + goal, context, cancellationToken);
        return result.Succeeded && titleGiven ? await _executor.ExecuteAsync(command.Text, context, cancellationToken) : result;
    }

    /// <summary>The dedupe key of an activity: stable across Teams redeliveries, free of characters storage keys reject.</summary>
    public static string ActivityKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes((activity.Conversation?.Id ?? string.Empty) + "\n" + (activity.Id ?? string.Empty)));
        return "teams-activity-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private async Task<IReadOnlyList<OutboundActivity>> MessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        (string text, IReadOnlyDictionary<string, string> names, bool hadPrefix) = ActivityMapper.CommandText(activity);
        if (text.Length == 0 && activity.Value is { } value && CardCommands.FromData(value) is { } submitted)
        {
            // An Action.Submit fallback click: the button's command arrives as the message value.
            (text, hadPrefix) = (submitted.Text, true);
        }
        if (ActivityMapper.Context(activity, names, hadPrefix) is not { } context)
        {
            return [];
        }

        ParsedCommand parsed = CommandParser.Parse(text);
        IdempotencyClaim? claim = null;
        if (activity.Id is { Length: > 0 } && ChangesState(parsed))
        {
            claim = await _idempotency.TryClaimAsync(context.Tenant, ActivityKey(activity), ClaimStaleAfter, cancellationToken);
            if (claim.State != ClaimState.Claimed)
            {
                Log.DuplicateActivity(_logger);
                return [];
            }
        }

        try
        {
            await _references.RecordAsync(activity, context.Tenant, context.Requester, cancellationToken);
            if (parsed is HelpCommand)
            {
                return [await HelpReplyAsync(text, parsed, context, cancellationToken)];
            }

            CommandResult result = await _transcripts.StartFromFileAsync(activity, text, context, cancellationToken)
                ?? await _executor.ExecuteAsync(text, context, cancellationToken);
            if (claim is not null)
            {
                await _idempotency.CompleteAsync(claim, cancellationToken);
            }

            return [AdaptiveCardRenderer.ToActivity(result)];
        }
        catch when (claim is not null)
        {
            await _idempotency.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
    }

    private async Task<IReadOnlyList<OutboundActivity>> InstallAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (IsRemoval(activity) && ActivityMapper.Tenant(activity) is { } removedFrom)
        {
            await _references.MarkRemovedAsync(activity, removedFrom, cancellationToken);
            // Removed from personal scope, the bot can no longer tell the person about their To Do list: stop changing it.
            if (activity.Conversation?.ConversationType == "personal" && ActivityMapper.Requester(activity) is { } person)
            {
                await TodoSyncSwitch.TurnOffAsync(_todoSync, removedFrom, person.Id, cancellationToken);
            }

            Log.BotRemoved(_logger, removedFrom.Value, activity.Conversation?.ConversationType ?? "?");
            return [];
        }

        bool installed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "add" or "add-upgrade"
            : IncludesBot(activity.MembersAdded, activity);
        if (!installed || ActivityMapper.Tenant(activity) is not { } tenant || ActivityMapper.Requester(activity) is not { } installer)
        {
            return [];
        }

        await _references.RecordAsync(activity, tenant, installer, installed: true, cancellationToken);
        await _executor.InstallAsync(tenant, installer, cancellationToken);

        // Teams announces one install with both update types: welcome once per conversation.
        IdempotencyClaim claim = await _idempotency.TryClaimAsync(tenant, "teams-welcome-" + ActivityKey(activity with { Id = null }), ClaimStaleAfter, cancellationToken);
        if (claim.State != ClaimState.Claimed)
        {
            return [];
        }

        await _idempotency.CompleteAsync(claim, cancellationToken);
        return [Welcome()];
    }

    private async Task<CommandResult> CurrentAsync(long? item, CommandContext context, CancellationToken cancellationToken) =>
        item is { } number
            ? await _executor.ExecuteAsync("show #" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), context, cancellationToken)
            : new CommandResult { Text = "Already done." };

    /// <summary>The invoke answer changes only the clicker's card; the PUT (queued, retried) changes it for everyone.</summary>
    private async Task QueueCardUpdateAsync(Activity activity, TenantKey tenant, JsonObject card, CancellationToken cancellationToken)
    {
        if (activity.ReplyToId is not { Length: > 0 } messageId || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var update = new CardUpdate { ServiceUrl = serviceUrl, ConversationId = conversationId, ActivityId = messageId, Card = (JsonObject)card.DeepClone() };
        var work = new WorkItem
        {
            Kind = CardUpdateWorkHandler.WorkKind,
            Tenant = tenant,
            IdempotencyKey = ActivityKey(activity) + "-card-update",
            Payload = JsonSerializer.Serialize(update, TeamsJsonContext.Default.CardUpdate),
        };
        try
        {
            await _queue.EnqueueAsync(work, null, cancellationToken);
        }
        catch (Exception exception) when (exception is ArgumentException or StorageUnavailableException)
        {
            // The change is stored and the clicker sees it; other viewers get it from the card's refresh.
            Log.CardUpdateNotQueued(_logger, exception);
        }
    }

    /// <summary>installationUpdate <c>remove</c>, or a conversationUpdate that removes the bot itself.</summary>
    public static bool IsRemoval(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action == "remove"
            : activity.Type == ActivityTypes.ConversationUpdate && IncludesBot(activity.MembersRemoved, activity);
    }

    public static bool IncludesBot(IReadOnlyList<ChannelAccount>? members, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return members?.Any(m => m.Id is not null && string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;
    }

    /// <summary>Reads are safe to repeat, so only commands that may change something pay for the dedupe round trips.</summary>
    internal static bool ChangesState(string text) => ChangesState(CommandParser.Parse(text));

    private static bool ChangesState(ParsedCommand command) =>
        command is not (HelpCommand or ListCommand or ShowCommand or DecisionsCommand or ParseFailure);

    /// <summary>
    /// Help depends only on the words typed (no person, no storage), so its rendered card is made once per text and
    /// reused; the cached reply is only ever read (serialized), never changed.
    /// </summary>
    private async Task<OutboundActivity> HelpReplyAsync(string text, ParsedCommand help, CommandContext context, CancellationToken cancellationToken)
    {
        if (_helpReplies.TryGetValue(text, out OutboundActivity? cached))
        {
            return cached;
        }

        OutboundActivity reply = AdaptiveCardRenderer.ToActivity(await _executor.ExecuteAsync(help, context, cancellationToken));
        if (_helpReplies.Count < MaxHelpReplies)
        {
            _helpReplies[text] = reply;
        }

        return reply;
    }

    internal static OutboundActivity Welcome() => new()
    {
        Attachments = [new Attachment { ContentType = ActivityTypes.AdaptiveCardContentType, Content = WelcomeCard.Render() }],
    };
}
