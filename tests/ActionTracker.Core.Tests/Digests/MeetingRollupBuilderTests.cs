using ActionTracker.Core.Decisions;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Tests.Digests;

public sealed class MeetingRollupBuilderTests
{
    private static readonly TenantKey Tenant = TenantKey.ForTeams("t1");
    private static readonly PersonRef Maria = new("u1", "Maria");
    private static readonly PersonRef Tom = new("u2", "Tom");
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_MeetingItems_SortsThemIntoCompletedInProgressAndNeedsAttention()
    {
        ActionItem[] items =
        [
            Item(1, "Ship the deck", Maria, ItemStatus.Done, Now.AddDays(-3), "M3") with { CompletedAt = Now.AddDays(-2) },
            Item(2, "Write the plan", Tom, ItemStatus.InProgress, Now.AddDays(10), "M3"),
            Item(3, "Book the offsite", Maria, ItemStatus.Open, Now.AddDays(-1), "M3"),
            Item(4, "Hire", null, ItemStatus.Open, null, "M3"),
            Item(5, "Legal review", Tom, ItemStatus.Blocked, Now.AddDays(20), "M3") with { StatusReason = "waiting for legal" },
            Item(6, "Dropped", Tom, ItemStatus.Cancelled, Now.AddDays(5), "M3"),
            Item(7, "Other meeting", Tom, ItemStatus.Open, Now.AddDays(-5), "M2"),
        ];
        Decision[] decisions =
        [
            new() { Tenant = Tenant, Number = 4, Text = "Ship v2 in March", RecordedBy = Tom, DecidedAt = Now.AddDays(-7), MeetingId = "M3" },
            new() { Tenant = Tenant, Number = 2, Text = "Older decision", RecordedBy = Tom, DecidedAt = Now.AddDays(-14), MeetingId = "M2" },
        ];

        DigestView rollup = MeetingRollupBuilder.Build("M3", "Weekly leadership", items, decisions, Now, "Europe/Berlin");

        Assert.Equal("M3 Weekly leadership: roll-up", rollup.Title);
        Assert.Equal("1 completed, 1 in progress, 3 need attention, 1 decisions (of 5 items).", rollup.Summary);
        Assert.Equal(["#1"], rollup.Completed.Select(i => i.Number.ToString()));
        Assert.Equal(["#2"], rollup.InProgress.Select(i => i.Number.ToString()));
        Assert.Equal(
            ["#3: overdue", "#5: blocked: waiting for legal", "#4: no owner, no due date"],
            rollup.NeedsAttention.Select(a => $"{a.Item.Number}: {string.Join(", ", a.Reasons)}"));
        Assert.Equal("D4", Assert.Single(rollup.Decisions).Id);
        Assert.Empty(rollup.Owners);
        Assert.Equal("list meeting M3", Assert.Single(rollup.Actions).Command);
    }

    [Fact]
    public void Build_MeetingWithoutItems_SaysSo()
    {
        DigestView rollup = MeetingRollupBuilder.Build("M9", null, [], [], Now, "UTC");

        Assert.Equal("M9: roll-up", rollup.Title);
        Assert.Equal("M9 has no action items or decisions yet.", rollup.Summary);
    }

    private static ActionItem Item(long number, string title, PersonRef? owner, ItemStatus status, DateTimeOffset? due, string meetingId) => new()
    {
        Tenant = Tenant,
        Number = new ItemNumber(number),
        Title = title,
        Owner = owner,
        Creator = Tom,
        Status = status,
        Due = due is null ? null : new DueDate { Utc = due.Value, TimeZoneId = "Europe/Berlin" },
        CreatedAt = Now.AddDays(-8),
        UpdatedAt = Now.AddDays(-1),
        MeetingId = meetingId,
    };
}
