using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Bot.Channels;

/// <summary>
/// The directory and notifier Core sees: each call goes to the gateway of the tenant's platform. Names are first
/// looked up among the people the bot has already met (stored profiles), then on the platform.
/// </summary>
internal sealed class ChannelRouter : IDirectory, INotifier, IConversationPoster
{
    private readonly Dictionary<string, IChannelGateway> _gateways;
    private readonly IPersonStore _people;

    public ChannelRouter(IEnumerable<IChannelGateway> gateways, IPersonStore people)
    {
        _gateways = gateways.ToDictionary(g => g.Platform, StringComparer.Ordinal);
        _people = people;
    }

    public async Task<IReadOnlyList<PersonRef>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken)
    {
        IReadOnlyList<Person> known = await _people.FindAsync(tenant, nameOrEmail, cancellationToken);
        if (known.Count > 0)
        {
            return known.Select(p => p.Ref).ToList();
        }

        return Gateway(tenant) is { } gateway ? await gateway.FindAsync(tenant, nameOrEmail, cancellationToken) : [];
    }

    public Task<bool> IsMemberAsync(TenantKey tenant, string conversationId, string personId, CancellationToken cancellationToken) =>
        Gateway(tenant) is { } gateway ? gateway.IsMemberAsync(tenant, conversationId, personId, cancellationToken) : Task.FromResult(false);

    public async Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken)
    {
        IChannelGateway gateway = Gateway(tenant)
            ?? throw new InvalidOperationException($"No channel is configured for {Platform(tenant)}, so {recipient.DisplayName} cannot be messaged.");
        try
        {
            await gateway.NotifyAsync(tenant, recipient, message, cancellationToken);
        }
        catch (Exception exception) when (DeliveryErrors.PermanentReason(exception) is { } reason)
        {
            throw new RecipientUnreachableException(reason, exception);
        }
    }

    public async Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken)
    {
        IConversationPoster poster = Gateway(tenant) as IConversationPoster
            ?? throw new InvalidOperationException($"No channel that can post to conversations is configured for {Platform(tenant)}.");
        try
        {
            await poster.PostAsync(tenant, conversationId, message, cancellationToken);
        }
        catch (Exception exception) when (DeliveryErrors.PermanentReason(exception) is { } reason)
        {
            throw new RecipientUnreachableException(reason, exception);
        }
    }

    private IChannelGateway? Gateway(TenantKey tenant) => _gateways.GetValueOrDefault(Platform(tenant));

    private static string Platform(TenantKey tenant) => tenant.Value[..Math.Max(0, tenant.Value.IndexOf(':', StringComparison.Ordinal))];
}
