using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Meetings;

public sealed class DuplicateFinderTests
{
    private static readonly IReadOnlyList<ActionItem> Open =
    [
        Item(7, "Send the Q3 budget to finance"),
        Item(9, "Book the offsite venue"),
    ];

    [Theory]
    [InlineData("Send the budget to finance", 7L)]
    [InlineData("Book offsite venues", 9L)]
    [InlineData("Update the roadmap slides", null)]
    [InlineData("Send the slides to the board", null)]
    [InlineData("", null)]
    public void Find_SharedSignificantWords_FlagsTheOpenItem(string task, long? expected)
    {
        Assert.Equal(expected, DuplicateFinder.Find(task, Open)?.Value);
    }

    private static ActionItem Item(long number, string title) => new()
    {
        Tenant = TenantKey.ForTeams("t1"),
        Number = new ItemNumber(number),
        Title = title,
        Creator = new PersonRef("u1", "Megan"),
    };
}
