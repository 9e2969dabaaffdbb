namespace ActionTracker.Core.People;

/// <summary>A person as seen by one platform inside one tenant: their platform user id and display name.</summary>
public sealed record PersonRef
{
    public const int MaxIdLength = 256;
    public const int MaxDisplayNameLength = 256;

    public PersonRef(string id, string displayName)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException("A person id must be 1-256 characters without control characters.", nameof(id));
        }

        Id = id;
        DisplayName = string.IsNullOrWhiteSpace(displayName)
            ? id
            : displayName.Length <= MaxDisplayNameLength ? displayName : displayName[..MaxDisplayNameLength];
    }

    /// <summary>Platform user id: an Entra object id or Teams <c>29:</c> id, or a Slack <c>U…</c> id.</summary>
    public string Id { get; }

    public string DisplayName { get; }

    public static bool IsValidId(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxIdLength && !id.Any(char.IsControl);

    public bool Equals(PersonRef? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
