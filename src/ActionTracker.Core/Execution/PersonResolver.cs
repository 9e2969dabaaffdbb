using ActionTracker.Core.Commands;
using ActionTracker.Core.People;

namespace ActionTracker.Core.Execution;

/// <summary>Turns a written person (mention, @name, email) into exactly one person, or a message saying why not.</summary>
internal static class PersonResolver
{
    public static async Task<(PersonRef? Person, string? Error)> ResolveAsync(
        PersonSpec spec, CommandContext context, ExecutionServices services, CancellationToken cancellationToken)
    {
        switch (spec)
        {
            case MentionedPerson mention when PersonRef.IsValidId(mention.Id):
                string name = context.MentionNames.TryGetValue(mention.Id, out string? known) ? known : mention.Id;
                return (new PersonRef(mention.Id, name), null);
            case NamedPerson named when !string.IsNullOrWhiteSpace(named.Name):
                IReadOnlyList<PersonRef> found = await services.Directory.FindAsync(context.Tenant, named.Name, cancellationToken);
                return found.Count switch
                {
                    1 => (found[0], null),
                    0 => (null, $"I don't know anyone called '{named.Name}' here. Mention them with @ so the platform picks the right person."),
                    _ => (null, $"'{named.Name}' matches several people: {string.Join(", ", found.Take(5).Select(p => p.DisplayName))}. Mention the one you mean with @."),
                };
            default:
                return (null, "That person could not be read; mention them with @.");
        }
    }
}
