using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Commands;

/// <summary>Swaps every list inside a parsed command for an <see cref="EquatableList{T}"/> so records compare by value.</summary>
internal static class CommandComparison
{
    public static ParsedCommand? Normalize(ParsedCommand? command)
    {
        return command switch
        {
            AddCommand add => add with { Watchers = new EquatableList<PersonSpec>(add.Watchers) },
            DoneCommand done => done with { Numbers = Ids(done.Numbers) },
            CancelCommand cancel => cancel with { Numbers = Ids(cancel.Numbers) },
            StartCommand start => start with { Numbers = Ids(start.Numbers) },
            ReopenCommand reopen => reopen with { Numbers = Ids(reopen.Numbers) },
            _ => command,
        };
    }

    private static EquatableList<ItemNumber> Ids(IReadOnlyList<ItemNumber> numbers)
    {
        return new EquatableList<ItemNumber>(numbers);
    }
}
