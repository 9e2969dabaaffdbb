using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary>Collects the parts of an <c>add</c> as they are read; a second, different value for an option is an error.</summary>
internal sealed class AddCommandBuilder
{
    private const string Verb = "add";

    private readonly List<(int Index, string Word)> _title = [];
    private readonly List<PersonSpec> _people = [];
    private string? _due;
    private Priority? _priority;
    private string? _goal;
    private ItemKind? _kind;
    private string? _recurrence;

    public void AddWord(int index, string word)
    {
        _title.Add((index, word));
    }

    /// <summary>
    /// The first person owns the item, later ones watch it. "to", "for", "with", "and", "&amp;" or "cc" right before a
    /// person only links the person into the sentence ("Send the deck to @maria"), so it leaves the title.
    /// </summary>
    public void AddPerson(int index, PersonSpec person)
    {
        if (_title.Count > 0 && _title[^1].Index == index - 1 && IsConnective(_title[^1].Word))
        {
            _title.RemoveAt(_title.Count - 1);
        }

        if (!_people.Any(p => PersonTokens.Same(p, person)))
        {
            _people.Add(person);
        }
    }

    public ParseFailure? SetDue(string text)
    {
        if (_due is not null && !string.Equals(_due, text, StringComparison.OrdinalIgnoreCase))
        {
            return Conflict($"two due dates ({ParseFailures.Echo(_due)} and {ParseFailures.Echo(text)})");
        }

        _due = text;
        return null;
    }

    public ParseFailure? SetPriority(Priority priority)
    {
        if (_priority is { } existing && existing != priority)
        {
            return Conflict($"two priorities ({existing} and {priority})");
        }

        _priority = priority;
        return null;
    }

    public ParseFailure? SetGoal(string goal)
    {
        if (_goal is not null && !string.Equals(_goal, goal, StringComparison.Ordinal))
        {
            return Conflict($"two goals ({_goal} and {goal})");
        }

        _goal = goal;
        return null;
    }

    public ParseFailure? SetRecurrence(string rule)
    {
        if (_recurrence is not null && !string.Equals(_recurrence, rule, StringComparison.Ordinal))
        {
            return Conflict($"two repeats ({_recurrence} and {rule})");
        }

        _recurrence = rule;
        return null;
    }

    public ParseFailure? SetKind(ItemKind kind)
    {
        if (_kind is { } existing && existing != kind)
        {
            return Conflict($"two kinds ({existing} and {kind})");
        }

        _kind = kind;
        return null;
    }

    public ParsedCommand Build(string? context, bool isNaturalForm)
    {
        if (_title.Count == 0)
        {
            return ParseFailures.For(Verb, "An action item needs a title.");
        }

        return new AddCommand
        {
            Title = string.Join(' ', _title.Select(t => t.Word)),
            Owner = _people.Count > 0 ? _people[0] : null,
            Watchers = [.. _people.Skip(1)],
            DueText = _due,
            Priority = _priority,
            GoalId = _goal,
            Context = context,
            Kind = _kind ?? ItemKind.Task,
            Recurrence = _recurrence,
            IsNaturalForm = isNaturalForm,
        };
    }

    private static bool IsConnective(string word)
    {
        return word.ToLowerInvariant() is "to" or "for" or "with" or "and" or "&" or "cc";
    }

    private static ParseFailure Conflict(string what)
    {
        return ParseFailures.For(Verb, $"That item has {what}; give just one.");
    }
}
