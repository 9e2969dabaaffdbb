using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>A hand-written directory for workflow tests: known people and conversation members.</summary>
internal sealed class TestDirectory : IDirectory
{
    private readonly List<PersonRef> _people = [];
    private readonly HashSet<(string Conversation, string Person)> _members = [];

    public TestDirectory Add(PersonRef person)
    {
        _people.Add(person);
        return this;
    }

    public TestDirectory AddMember(string conversationId, PersonRef person)
    {
        _members.Add((conversationId, person.Id));
        return this;
    }

    public Task<IReadOnlyList<PersonRef>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonRef>>(_people
            .Where(p => p.DisplayName.Contains(nameOrEmail, StringComparison.OrdinalIgnoreCase) || p.Id.Equals(nameOrEmail, StringComparison.OrdinalIgnoreCase))
            .ToList());

    public Task<bool> IsMemberAsync(TenantKey tenant, string conversationId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult(_members.Contains((conversationId, personId)));
}
