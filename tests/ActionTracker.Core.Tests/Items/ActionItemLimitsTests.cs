using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Items;

public sealed class ActionItemLimitsTests
{
    private static readonly ActionItem Valid = new()
    {
        Tenant = TenantKey.ForTeams("t1"),
        Title = "Send the pricing deck",
        Creator = new PersonRef("u1", "Una"),
    };

    [Fact]
    public void Check_ValidItem_IsNull()
    {
        Assert.Null(ActionItemLimits.Check(Valid));
        Assert.Null(ActionItemLimits.Check(Valid with { Title = new string('t', 500), Notes = new string('n', 8192) }));
    }

    [Fact]
    public void Check_EmptyTitle_AsksForOne()
    {
        Assert.Equal("An action item needs a title.", ActionItemLimits.Check(Valid with { Title = "  " }));
    }

    [Fact]
    public void Check_LongTitle_StatesTheLimit()
    {
        Assert.Equal("The title is 501 characters; the limit is 500.", ActionItemLimits.Check(Valid with { Title = new string('t', 501) }));
    }

    [Fact]
    public void Check_NotesOver8KBInUtf8_StatesTheLimit()
    {
        // 3000 × "€" is 3000 characters but 9000 UTF-8 bytes.
        string? message = ActionItemLimits.Check(Valid with { Notes = new string('€', 3000) });

        Assert.Equal("The notes are 9000 bytes; the limit is 8 KB (8192 bytes).", message);
    }

    [Fact]
    public void Check_ContextOver8KB_StatesTheLimit()
    {
        Assert.StartsWith("The context is 8193 bytes", ActionItemLimits.Check(Valid with { Context = new string('c', 8193) }), StringComparison.Ordinal);
    }
}
