using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Sync;

public sealed class TodoSyncPlannerTests
{
    private const string Maria = "5b1e2c3d-0000-4000-8000-000000000001";
    private static readonly TenantKey Tenant = TenantKey.ForTeams("t1");
    private static readonly DateTimeOffset LastSync = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly ActionItem Item = new()
    {
        Tenant = Tenant,
        Number = new ItemNumber(42),
        Title = "Send the pricing deck",
        Owner = new PersonRef(Maria, "Maria"),
        Creator = new PersonRef(Maria, "Maria"),
        Priority = Priority.Urgent,
        Due = new DueDate { Utc = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), TimeZoneId = "Europe/Berlin" },
        UpdatedAt = LastSync,
        Revision = 1,
    };

    [Fact]
    public void Plan_AcceptedItemWithoutTask_CreatesIt()
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(Item, Maria, null, null);

        Assert.Equal(TodoTaskAction.Create, plan.Task);
        Assert.Equal("Send the pricing deck", plan.Content!.Title);
        Assert.Equal(new DateOnly(2026, 11, 27), plan.Content.DueDate);
        Assert.Equal("W. Europe Standard Time", plan.Content.DueTimeZone);
        Assert.Equal(TodoImportance.High, plan.Content.Importance);
        Assert.Equal("teams:t1/#42", plan.Content.ExternalId);
        Assert.False(plan.Content.Completed);
    }

    [Theory]
    [InlineData(ItemStatus.Proposed)]
    [InlineData(ItemStatus.Cancelled)]
    [InlineData(ItemStatus.Done)]
    public void Plan_ItemNotToShowWithoutTask_DoesNothing(ItemStatus status)
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(Item with { Status = status }, Maria, null, null);

        Assert.Equal(TodoSyncPlan.Nothing, plan);
    }

    [Fact]
    public void Plan_SomeoneElsesItem_NeverCreated()
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(Item with { Owner = new PersonRef("other", "Bo") }, Maria, null, null);

        Assert.Equal(TodoTaskAction.None, plan.Task);
    }

    [Fact]
    public void Plan_NothingChanged_DoesNothing()
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(Item, Maria, Synced(Item), Remote(completed: false, LastSync));

        Assert.Equal(TodoSyncPlan.Nothing, plan);
    }

    [Fact]
    public void Plan_DoneInBot_CompletesTask()
    {
        ActionItem done = Item with { Status = ItemStatus.Done, UpdatedAt = LastSync.AddMinutes(5), Revision = 2 };

        TodoSyncPlan plan = TodoSyncPlanner.Plan(done, Maria, Synced(Item), null);

        Assert.Equal(TodoTaskAction.Update, plan.Task);
        Assert.True(plan.Content!.Completed);
        Assert.Equal(TodoItemAction.None, plan.Item);
        Assert.Null(plan.Conflict);
    }

    [Fact]
    public void Plan_CompletedInTodo_MarksItemDoneWithoutWritingTask()
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(Item, Maria, Synced(Item), Remote(completed: true, LastSync.AddMinutes(3)));

        Assert.Equal(TodoItemAction.MarkDone, plan.Item);
        Assert.Equal(TodoTaskAction.None, plan.Task);
        Assert.True(plan.Content!.Completed);
        Assert.Null(plan.Conflict);
    }

    [Fact]
    public void Plan_ReopenedInTodo_ReopensItem()
    {
        ActionItem done = Item with { Status = ItemStatus.Done };

        TodoSyncPlan plan = TodoSyncPlanner.Plan(done, Maria, Synced(done), Remote(completed: false, LastSync.AddMinutes(3)));

        Assert.Equal(TodoItemAction.Reopen, plan.Item);
    }

    [Fact]
    public void Plan_BothChangedOursLater_OursWinsAndTaskIsOverwritten()
    {
        ActionItem renamed = Item with { Title = "Send the revised deck", UpdatedAt = LastSync.AddMinutes(10), Revision = 2 };

        TodoSyncPlan plan = TodoSyncPlanner.Plan(renamed, Maria, Synced(Item), Remote(completed: true, LastSync.AddMinutes(5)));

        Assert.Equal(TodoTaskAction.Update, plan.Task);
        Assert.False(plan.Content!.Completed);
        Assert.Equal(TodoItemAction.None, plan.Item);
        Assert.Equal(SyncSide.Ours, plan.Conflict!.Winner);
        Assert.StartsWith("ActionTracker won (changed 2026-11-23 09:10:00 UTC", plan.Conflict.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_BothChangedTheirsLater_TheirsWinsItemDoneAndOurTitleStillSent()
    {
        ActionItem renamed = Item with { Title = "Send the revised deck", UpdatedAt = LastSync.AddMinutes(5), Revision = 2 };

        TodoSyncPlan plan = TodoSyncPlanner.Plan(renamed, Maria, Synced(Item), Remote(completed: true, LastSync.AddMinutes(10)));

        Assert.Equal(TodoItemAction.MarkDone, plan.Item);
        Assert.Equal(TodoTaskAction.Update, plan.Task);
        Assert.True(plan.Content!.Completed);
        Assert.Equal("Send the revised deck", plan.Content.Title);
        Assert.Equal(SyncSide.Theirs, plan.Conflict!.Winner);
        Assert.StartsWith("Microsoft To Do won", plan.Conflict.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_BothChangedAtTheSameInstant_OursWins()
    {
        DateTimeOffset at = LastSync.AddMinutes(5);
        ActionItem renamed = Item with { Title = "Send the revised deck", UpdatedAt = at, Revision = 2 };

        TodoSyncPlan plan = TodoSyncPlanner.Plan(renamed, Maria, Synced(Item), Remote(completed: true, at));

        Assert.Equal(SyncSide.Ours, plan.Conflict!.Winner);
    }

    [Fact]
    public void Plan_TaskEditedButCompletionAgrees_NoConflict()
    {
        ActionItem renamed = Item with { Title = "Send the revised deck", UpdatedAt = LastSync.AddMinutes(5), Revision = 2 };

        TodoSyncPlan plan = TodoSyncPlanner.Plan(renamed, Maria, Synced(Item), Remote(completed: false, LastSync.AddMinutes(10)));

        Assert.Equal(TodoTaskAction.Update, plan.Task);
        Assert.Null(plan.Conflict);
    }

    [Theory]
    [InlineData(ItemStatus.Cancelled)]
    [InlineData(ItemStatus.Proposed)]
    public void Plan_ItemLeftTheList_DeletesTaskAndLink(ItemStatus status)
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(Item with { Status = status }, Maria, Synced(Item), null);

        Assert.Equal(TodoTaskAction.Delete, plan.Task);
        Assert.True(plan.DropLink);
    }

    [Fact]
    public void Plan_ReassignedItem_DeletesTaskFromFormerOwnersList()
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(Item with { Owner = new PersonRef("other", "Bo") }, Maria, Synced(Item), null);

        Assert.Equal(TodoTaskAction.Delete, plan.Task);
        Assert.True(plan.DropLink);
    }

    [Fact]
    public void Plan_TaskDeletedInTodo_DetachesAndLaterNeverRecreates()
    {
        TodoTaskLink link = Synced(Item);

        TodoSyncPlan deleted = TodoSyncPlanner.Plan(Item, Maria, link, new TodoTaskSnapshot { Id = link.TaskId, IsRemoved = true });
        TodoSyncPlan later = TodoSyncPlanner.Plan(Item with { Title = "Renamed", Revision = 5 }, Maria, link with { Detached = true }, null);

        Assert.True(deleted.DetachLink);
        Assert.Equal(TodoTaskAction.None, deleted.Task);
        Assert.Equal(TodoSyncPlan.Nothing, later);
    }

    [Fact]
    public void Plan_ItemGone_DeletesTask()
    {
        TodoSyncPlan plan = TodoSyncPlanner.Plan(null, Maria, Synced(Item), null);

        Assert.Equal(TodoTaskAction.Delete, plan.Task);
        Assert.True(plan.DropLink);
    }

    [Theory]
    [InlineData(Priority.Urgent, TodoImportance.High)]
    [InlineData(Priority.High, TodoImportance.High)]
    [InlineData(Priority.Normal, TodoImportance.Normal)]
    [InlineData(Priority.Low, TodoImportance.Low)]
    public void Content_Priority_MapsToImportance(Priority priority, TodoImportance expected)
    {
        Assert.Equal(expected, TodoSyncPlanner.Content(Item with { Priority = priority }).Importance);
    }

    [Fact]
    public void Content_LateEveningDeadlineInTokyo_DueOnTheLocalDay()
    {
        // 2026-11-27 16:00 UTC is 28 Nov 01:00 in Tokyo.
        ActionItem tokyo = Item with { Due = Item.Due! with { TimeZoneId = "Asia/Tokyo" } };

        TodoTaskContent content = TodoSyncPlanner.Content(tokyo);

        Assert.Equal(new DateOnly(2026, 11, 28), content.DueDate);
        Assert.Equal("Tokyo Standard Time", content.DueTimeZone);
    }

    [Fact]
    public void Content_NoDue_NoDueDate()
    {
        Assert.Null(TodoSyncPlanner.Content(Item with { Due = null }).DueDate);
    }

    [Fact]
    public void Fingerprint_ChangesWithEverySentField()
    {
        TodoTaskContent content = TodoSyncPlanner.Content(Item);

        Assert.Equal(content.Fingerprint, TodoSyncPlanner.Content(Item with { Notes = "not sent" }).Fingerprint);
        Assert.NotEqual(content.Fingerprint, (content with { Title = "Other" }).Fingerprint);
        Assert.NotEqual(content.Fingerprint, (content with { Completed = true }).Fingerprint);
        Assert.NotEqual(content.Fingerprint, (content with { DueDate = null }).Fingerprint);
        Assert.NotEqual(content.Fingerprint, (content with { Importance = TodoImportance.Low }).Fingerprint);
    }

    private static TodoTaskLink Synced(ActionItem item) => new()
    {
        Tenant = Tenant,
        PersonId = Maria,
        Number = item.Number,
        TaskId = "task-42",
        Fingerprint = TodoSyncPlanner.Content(item).Fingerprint,
        Completed = item.Status == ItemStatus.Done,
        TaskModifiedAt = LastSync,
        ItemRevision = item.Revision,
    };

    private static TodoTaskSnapshot Remote(bool completed, DateTimeOffset modified) =>
        new() { Id = "task-42", IsCompleted = completed, LastModified = modified, ExternalId = "teams:t1/#42" };
}
