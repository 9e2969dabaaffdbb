using ActionTracker.Core.Items;

namespace ActionTracker.Core.Execution;

/// <summary>
/// Who sees and who changes an item (DESIGN §3): visible to its owner, creator and watchers, to members of the
/// conversation it was created in (items from a personal chat stay private) and to admins; changed only by its
/// owner, its creator or an admin.
/// </summary>
internal sealed class ItemAccess
{
    private readonly CommandContext _context;
    private readonly RequesterProfile _requester;
    private readonly ExecutionServices _services;
    private readonly Dictionary<string, bool> _membership = new(StringComparer.Ordinal);

    public ItemAccess(CommandContext context, RequesterProfile requester, ExecutionServices services)
    {
        _context = context;
        _requester = requester;
        _services = services;
    }

    public async Task<bool> CanSeeAsync(ActionItem item, CancellationToken cancellationToken)
    {
        if (_requester.IsAdmin || IsParticipant(item))
        {
            return true;
        }

        if (item.IsPrivate || item.ConversationId is null)
        {
            return false;
        }

        if (string.Equals(item.ConversationId, _context.ConversationId, StringComparison.Ordinal))
        {
            return true;
        }

        if (!_membership.TryGetValue(item.ConversationId, out bool member))
        {
            member = await _services.Directory.IsMemberAsync(_context.Tenant, item.ConversationId, _requester.Person.Id, cancellationToken);
            _membership[item.ConversationId] = member;
        }

        return member;
    }

    public bool CanChange(ActionItem item) =>
        _requester.IsAdmin || IsOwner(item) || item.Creator.Id == _requester.Person.Id;

    public bool IsOwner(ActionItem item) => item.Owner?.Id == _requester.Person.Id;

    /// <summary>The polite refusal naming who may change the item.</summary>
    public static string WhoCanChange(ActionItem item)
    {
        string owner = item.Owner is null ? string.Empty : $"{item.Owner.DisplayName} (owner), ";
        return $"Only {owner}{item.Creator.DisplayName} (creator) or an admin can change {item.Number}.";
    }

    private bool IsParticipant(ActionItem item) =>
        IsOwner(item)
        || item.Creator.Id == _requester.Person.Id
        || item.Watchers.Any(w => w.Id == _requester.Person.Id);
}
