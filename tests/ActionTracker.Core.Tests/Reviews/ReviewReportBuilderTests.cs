using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Reviews;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Reviews;

public sealed class ReviewReportBuilderTests
{
    private static readonly PersonRef Maria = new("u1", "Maria");
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly From = new(2026, 9, 1);
    private static readonly DateOnly To = new(2026, 11, 30);

    [Fact]
    public void Build_CountsOnTimeLateMissedDevelopmentAndDiscussion()
    {
        ActionItem[] items =
        [
            Done(1, due: Day(2026, 9, 10), completed: Day(2026, 9, 9), goal: "G1"),
            Done(2, due: Day(2026, 9, 10), completed: Day(2026, 9, 12), goal: "G1"),
            Done(3, due: Day(2026, 10, 1), completed: Day(2026, 10, 5), goal: null),
            Done(4, due: null, completed: Day(2026, 11, 2), goal: "G2"),
            Done(5, due: Day(2026, 8, 1), completed: Day(2026, 8, 2), goal: null),
            Open(6, due: Day(2026, 11, 20)),
            Open(7, due: Day(2026, 12, 20)),
            Open(8, due: Day(2026, 8, 20)) with { Kind = ItemKind.Development, CreatedAt = Day(2026, 7, 1) },
            Done(9, due: null, completed: Day(2026, 10, 1), goal: null) with { Kind = ItemKind.Development, CreatedAt = Day(2026, 6, 15) },
            Open(10, due: null) with { Status = ItemStatus.Blocked },
        ];

        ReviewReport report = ReviewReportBuilder.Build(Maria, items, From, To, "UTC", Now);

        Assert.Equal([1L, 4L, 9L], report.CompletedOnTime.Select(i => i.Number.Value));
        Assert.Equal([2L, 3L], report.CompletedLate.Select(i => i.Number.Value));
        Assert.Equal([6L], report.Missed.Select(i => i.Number.Value));
        Assert.Equal(5d / 6d, report.CompletionRate);
        Assert.Equal(3d, report.MedianDaysLate);
        Assert.Equal(2, report.CompletedByGoal["G1"]);
        Assert.Equal(2, report.CompletedByGoal["no goal"]);
        Assert.Equal(new DateOnly(2026, 6, 2), report.PreviousFrom);
        Assert.Equal([8L, 9L], report.PreviousDevelopmentItems.Select(i => i.Number.Value));
        Assert.Equal([8L, 6L, 10L], report.ToDiscuss.Select(i => i.Number.Value));
    }

    [Fact]
    public void Build_DevelopmentItemFromAReview_BelongsToThatReviewNotToWhenItWasCreated()
    {
        ActionItem[] items =
        [
            Open(1, due: null) with { Kind = ItemKind.Development, CreatedAt = Day(2026, 9, 2), ReviewPeriod = new ReviewPeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 31)) },
            Open(2, due: null) with { Kind = ItemKind.Development, CreatedAt = Day(2026, 8, 30), ReviewPeriod = new ReviewPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30)) },
            Open(3, due: null) with { Kind = ItemKind.Development, CreatedAt = Day(2026, 7, 1) },
        ];

        ReviewReport report = ReviewReportBuilder.Build(Maria, items, From, To, "UTC", Now);

        Assert.Equal([1L, 3L], report.PreviousDevelopmentItems.Select(i => i.Number.Value));
    }

    [Theory]
    [InlineData("2026-09-01/2026-11-30", true)]
    [InlineData("2026-09-01/2026-09-01", true)]
    [InlineData("2026-11-30/2026-09-01", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-9-1/2026-11-30", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void ReviewPeriod_TryParse_AcceptsOnlyTheStoredForm(string? text, bool valid)
    {
        bool parsed = ReviewPeriod.TryParse(text, out ReviewPeriod? period);

        Assert.Equal(valid, parsed);
        Assert.Equal(valid ? text : null, period?.ToString());
    }

    [Fact]
    public void Build_EmptyPeriod_HasNoRatesInsteadOfZeroes()
    {
        ReviewReport report = ReviewReportBuilder.Build(Maria, [], From, To, "UTC", Now);

        Assert.Null(report.CompletionRate);
        Assert.Null(report.MedianDaysLate);
        Assert.Empty(report.ToDiscuss);
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 16, 0, 0, TimeSpan.Zero);

    private static ActionItem Done(long number, DateTimeOffset? due, DateTimeOffset completed, string? goal) =>
        Open(number, due) with { Status = ItemStatus.Done, CompletedAt = completed, GoalId = goal };

    private static ActionItem Open(long number, DateTimeOffset? due) => new()
    {
        Tenant = TenantKey.ForTeams("t1"),
        Number = new ItemNumber(number),
        Title = "Item " + number,
        Owner = Maria,
        Creator = Maria,
        Due = due is null ? null : new DueDate { Utc = due.Value, TimeZoneId = "UTC" },
        CreatedAt = Day(2026, 9, 1),
        UpdatedAt = Day(2026, 9, 1),
    };
}
