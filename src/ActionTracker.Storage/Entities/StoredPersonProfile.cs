namespace ActionTracker.Storage.Entities;

/// <summary>JSON document of a <see cref="ActionTracker.Core.People.Person"/>.</summary>
internal sealed record StoredPersonProfile
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? TimeZoneId { get; init; }

    public required string WorkStart { get; init; }

    public required string WorkEnd { get; init; }

    public required List<DayOfWeek> WorkDays { get; init; }

    public string? DirectMessageReference { get; init; }

    public StoredPerson? Manager { get; init; }

    public bool IsAdmin { get; init; }

    public DateTimeOffset? MutedUntil { get; init; }
}
