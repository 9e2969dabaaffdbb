using ActionTracker.Core.Dates;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Tests.Digests;

public sealed class DigestBuilderTests
{
    private static readonly TenantKey Tenant = TenantKey.ForTeams("t1");
    private static readonly PersonRef Maria = new("u1", "Maria");
    private static readonly PersonRef Tom = new("u2", "Tom");
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Since = Now.AddDays(-7);

    [Fact]
    public void Build_BusyWeek_SortsItemsIntoSectionsWithReasons()
    {
        ActionItem[] items =
        [
            Item(1, "Ship the deck", Maria, ItemStatus.Done, due: Now.AddDays(-3), updated: Now.AddDays(-2)) with { CompletedAt = Now.AddDays(-2) },
            Item(2, "Write the plan", Tom, ItemStatus.InProgress, due: Now.AddDays(10), updated: Now.AddDays(-1)),
            Item(3, "Book the offsite", Maria, ItemStatus.Open, due: Now.AddDays(-1), updated: Now.AddDays(-1)),
            Item(4, "Hire", null, ItemStatus.Open, due: null, updated: Now.AddDays(-1)),
            Item(5, "Legal review", Tom, ItemStatus.Blocked, due: Now.AddDays(2), updated: Now.AddDays(-20)) with { StatusReason = "waiting for legal" },
            Item(6, "Old done", Tom, ItemStatus.Done, due: Now.AddDays(-30), updated: Now.AddDays(-30)) with { CompletedAt = Now.AddDays(-30) },
        ];
        Decision[] decisions = [new() { Tenant = Tenant, Number = 3, Text = "Ship v2 in March", RecordedBy = Tom, DecidedAt = Now.AddDays(-4) }];

        DigestView digest = DigestBuilder.Build("Leadership", items, decisions, Since, Now, "Europe/Berlin");

        Assert.Equal("Leadership: weekly digest (Mon 23 Nov 2026 – Mon 30 Nov 2026)", digest.Title);
        Assert.Equal("1 completed, 1 in progress, 3 need attention, 1 decisions.", digest.Summary);
        Assert.False(digest.IsQuiet);
        Assert.Equal(["#1"], digest.Completed.Select(i => i.Number.ToString()));
        Assert.Equal(["#2"], digest.InProgress.Select(i => i.Number.ToString()));
        Assert.Equal(
            ["#3: overdue", "#5: due within 3 days, blocked: waiting for legal, no update in 14 days", "#4: no owner, no due date"],
            digest.NeedsAttention.Select(a => $"{a.Item.Number}: {string.Join(", ", a.Reasons)}"));
        Assert.Equal("D3", Assert.Single(digest.Decisions).Id);
        Assert.Equal(
            ["Tom: 2 open, 0 done, 0 overdue", "Maria: 1 open, 1 done, 1 overdue", "No owner: 1 open, 0 done, 0 overdue"],
            digest.Owners.Select(o => $"{o.Owner}: {o.Open} open, {o.Completed} done, {o.Overdue} overdue"));
    }

    [Fact]
    public void Build_NothingChangedSinceLastDigest_IsOneQuietLine()
    {
        ActionItem[] items = [Item(1, "Write the plan", Tom, ItemStatus.Open, due: Now.AddDays(10), updated: Now.AddDays(-9))];

        DigestView digest = DigestBuilder.Build("Leadership", items, [], Since, Now, "UTC");

        Assert.True(digest.IsQuiet);
        Assert.Equal("Quiet week: nothing changed since Mon 23 Nov 2026. 1 open, 0 need attention.", digest.Summary);
    }

    [Fact]
    public void Build_EmptyTeam_SaysHowToStart()
    {
        DigestView digest = DigestBuilder.Build("Leadership", [], [], Since, Now, "UTC");

        Assert.True(digest.IsQuiet);
        Assert.Equal("No action items in this team yet. Create one with `/action add`.", digest.Summary);
        Assert.Empty(digest.Owners);
    }

    private static ActionItem Item(long number, string title, PersonRef? owner, ItemStatus status, DateTimeOffset? due, DateTimeOffset updated) => new()
    {
        Tenant = Tenant,
        Number = new ItemNumber(number),
        Title = title,
        Owner = owner,
        Creator = Tom,
        Status = status,
        Due = due is null ? null : new DueDate { Utc = due.Value, TimeZoneId = "Europe/Berlin" },
        CreatedAt = updated.AddDays(-1),
        UpdatedAt = updated,
    };
}
