using System.Text.Json;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Teams.Cards;
using ActionTracker.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.Connector;

/// <summary>Teams' directory and DMs for Core, from the references stored when people and conversations were seen.</summary>
public sealed class TeamsGateway : IChannelGateway, IConversationPoster
{
    private readonly ConnectorClient _connector;
    private readonly IPersonStore _people;
    private readonly IConversationStore _conversations;
    private readonly IOptions<TeamsOptions> _options;
    private readonly ILogger<TeamsGateway> _logger;

    public TeamsGateway(ConnectorClient connector, IPersonStore people, IConversationStore conversations, IOptions<TeamsOptions> options, ILogger<TeamsGateway> logger)
    {
        _connector = connector;
        _people = people;
        _conversations = conversations;
        _options = options;
        _logger = logger;
    }

    public string Platform => "teams";

    /// <summary>Names are matched against stored people by the host first; Teams has no name search for bots.</summary>
    public Task<IReadOnlyList<PersonRef>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonRef>>([]);

    public async Task<bool> IsMemberAsync(TenantKey tenant, string conversationId, string personId, CancellationToken cancellationToken)
    {
        ConversationRecord? record = await _conversations.GetAsync(tenant, conversationId, cancellationToken);
        if (record is null || Parse(record.Reference) is not { } reference)
        {
            return false;
        }

        // Channel ids carry ";messageid=…" for threads; the roster belongs to the channel itself.
        string rosterId = conversationId.Split(';')[0];
        return await _connector.GetMemberAsync(reference.ServiceUrl, rosterId, personId, cancellationToken) is not null;
    }

    public async Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        Person? person = await _people.GetAsync(tenant, recipient.Id, cancellationToken);
        if (person?.DirectMessageReference is not { } json || Parse(json) is not { } reference)
        {
            Log.CannotNotify(_logger, "no stored reference for the person");
            throw new InvalidOperationException($"{recipient.DisplayName} has not talked to the bot in Teams yet, so they cannot be messaged.");
        }

        if (reference.ConversationId is null || reference.ConversationType != "personal")
        {
            reference = await CreatePersonalChatAsync(reference, cancellationToken);
            await _people.SaveAsync(person with { DirectMessageReference = JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference) }, cancellationToken);
        }

        if (await _conversations.GetAsync(tenant, reference.ConversationId!, cancellationToken) is { RemovedAt: not null })
        {
            // The person uninstalled the bot: the reminder counts as handled, nothing is sent.
            Log.SkippedRemoved(_logger);
            return;
        }

        await _connector.SendAsync(reference.ServiceUrl, reference.ConversationId!, AdaptiveCardRenderer.ToActivity(message), cancellationToken);
    }

    /// <summary>Posts into a team channel or chat (the weekly digest) through its stored conversation reference.</summary>
    public async Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ConversationRecord? record = await _conversations.GetAsync(tenant, conversationId, cancellationToken);
        if (record is null || Parse(record.Reference) is not { } reference)
        {
            throw new InvalidOperationException("The bot has not been used in that conversation yet, so it cannot post there.");
        }

        if (record.RemovedAt is not null
            || (reference.TeamId is { Length: > 0 } teamId && teamId != conversationId
                && await _conversations.GetAsync(tenant, teamId, cancellationToken) is { RemovedAt: not null }))
        {
            // Removed from the chat or its team: the digest counts as handled, nothing is posted.
            Log.SkippedRemoved(_logger);
            return;
        }

        await _connector.SendAsync(reference.ServiceUrl, conversationId, AdaptiveCardRenderer.ToActivity(message), cancellationToken);
    }

    private async Task<ConversationReference> CreatePersonalChatAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        string botId = reference.BotId ?? "28:" + _options.Value.AppId;
        string userId = reference.UserId ?? throw new InvalidOperationException("The stored reference has no user id.");
        var request = new CreateConversationRequest
        {
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = reference.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new IdReference { Id = reference.TenantId } },
        };
        ResourceResponse? created = await _connector.CreateConversationAsync(reference.ServiceUrl, request, cancellationToken);
        return created?.Id is { Length: > 0 } id
            ? reference with { ConversationId = id, ConversationType = "personal", BotId = botId }
            : throw new ConnectorException("create-conversation returned no id");
    }

    private static ConversationReference? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TeamsJsonContext.Default.ConversationReference);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
