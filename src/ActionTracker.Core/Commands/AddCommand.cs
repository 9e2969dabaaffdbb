using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>add TITLE [@owner] [due DATE] [priority P] [goal G7] [-- context]</c>, or the natural form without a verb.</summary>
public sealed record AddCommand : ParsedCommand
{
    public required string Title { get; init; }

    /// <summary>Null: the requester owns it.</summary>
    public PersonSpec? Owner { get; init; }

    /// <summary>Further mentions beyond the one owner.</summary>
    public IReadOnlyList<PersonSpec> Watchers { get; init; } = [];

    /// <summary>The date expression as typed ("Friday", "next week 3pm"), resolved by the executor in the requester's zone.</summary>
    public string? DueText { get; init; }

    public Priority? Priority { get; init; }

    /// <summary>Goal (<c>G7</c>) or milestone (<c>G7.2</c>) id, normalised to upper case.</summary>
    public string? GoalId { get; init; }

    public string? Context { get; init; }

    public ItemKind Kind { get; init; } = ItemKind.Task;

    /// <summary>A <see cref="RecurrenceRule"/> ("weekly:Monday") when typed with "every Monday" or "repeat weekly".</summary>
    public string? Recurrence { get; init; }

    /// <summary>True when typed without the <c>add</c> verb (in a DM without the slash the bot confirms first).</summary>
    public bool IsNaturalForm { get; init; }
}
