using ActionTracker.Core.Audit;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Items;

public sealed class ActionItemDiffTests
{
    private static readonly ActionItem Before = new()
    {
        Tenant = TenantKey.ForTeams("t1"),
        Title = "Send the pricing deck",
        Owner = new PersonRef("u1", "Una"),
        Creator = new PersonRef("u2", "Bo"),
        Due = new DueDate { Utc = new DateTimeOffset(2026, 11, 27, 16, 59, 59, TimeSpan.Zero), TimeZoneId = "Europe/Berlin" },
    };

    [Fact]
    public void Compute_SameItem_HasNoChanges()
    {
        Assert.Empty(ActionItemDiff.Compute(Before, Before with { }));
    }

    [Fact]
    public void Compute_OwnerAndDueChanged_ListsOldAndNew()
    {
        ActionItem after = Before with
        {
            Owner = new PersonRef("u3", "Cy"),
            Due = Before.Due! with { Utc = new DateTimeOffset(2026, 12, 1, 16, 59, 59, TimeSpan.Zero) },
        };

        IReadOnlyList<FieldChange> changes = ActionItemDiff.Compute(Before, after);

        Assert.Equal(
            [
                new FieldChange("owner", "Una (u1)", "Cy (u3)"),
                new FieldChange("due", "2026-11-27T16:59:59Z Europe/Berlin (date)", "2026-12-01T16:59:59Z Europe/Berlin (date)"),
            ],
            changes);
    }

    [Fact]
    public void Compute_NotesCleared_RecordsNullNewValue()
    {
        IReadOnlyList<FieldChange> changes = ActionItemDiff.Compute(Before with { Notes = "draft" }, Before);

        Assert.Equal(new FieldChange("notes", "draft", null), Assert.Single(changes));
    }
}
