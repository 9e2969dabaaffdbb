using System.Globalization;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Goals;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>
/// A quarter of history (2,000 items, 30 people, 10 goals) on real storage; goal progress and review numbers are
/// checked against values computed here independently from the generated data.
/// </summary>
public sealed class SeededQuarterTests : IAsyncDisposable
{
    private static readonly DateTimeOffset QuarterStart = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2027, 4, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task SeededQuarter_GoalProgressAndReviews_MatchIndependentCounts()
    {
        var random = new Random(20270401);
        List<PersonRef> people = Enumerable.Range(1, 30).Select(i => new PersonRef("p" + i.ToString(CultureInfo.InvariantCulture), "Person " + i.ToString(CultureInfo.InvariantCulture))).ToList();
        _bot.Storage.Time.SetUtcNow(QuarterStart.AddDays(-1));
        IGoalStore goals = _bot.Storage.Get<IGoalStore>();
        for (int g = 1; g <= 10; g++)
        {
            await goals.CreateGoalAsync(new Goal { Tenant = _bot.Tenant, Title = "Goal " + g.ToString(CultureInfo.InvariantCulture), Owner = people[g] }, CancellationToken.None);
        }

        var drafts = new List<(DateTimeOffset At, ActionItem Draft)>();
        for (int i = 0; i < 2000; i++)
        {
            PersonRef owner = people[random.Next(people.Count)];
            DateTimeOffset due = QuarterStart.AddHours(random.Next(0, 24 * 95));
            int roll = random.Next(100);
            ItemStatus status = roll < 55 ? ItemStatus.Done : roll < 65 ? ItemStatus.Cancelled : roll < 75 ? ItemStatus.Blocked : ItemStatus.Open;
            DateTimeOffset at = status == ItemStatus.Done ? due.AddHours(random.Next(-72, 96)) : QuarterStart.AddHours(random.Next(0, 24 * 80));
            if (at >= Now)
            {
                at = Now.AddHours(-1);
            }

            if (at < QuarterStart)
            {
                at = QuarterStart;
            }

            string? goal = random.Next(3) == 0 ? null : "G" + random.Next(1, 11).ToString(CultureInfo.InvariantCulture);
            drafts.Add((at, new ActionItem
            {
                Tenant = _bot.Tenant,
                Title = "Seeded " + i.ToString(CultureInfo.InvariantCulture),
                Owner = owner,
                Creator = owner,
                Status = status,
                Due = new DueDate { Utc = due, TimeZoneId = "UTC", HasTime = true },
                GoalId = goal,
                ConversationId = WorkflowHarness.Leadership,
            }));
        }

        // Created in time order so each item's stored times are the generated ones.
        var stored = new List<ActionItem>();
        foreach ((DateTimeOffset at, ActionItem draft) in drafts.OrderBy(d => d.At))
        {
            _bot.Storage.Time.SetUtcNow(at);
            stored.Add((await _bot.Storage.Items.CreateAsync(draft, draft.Creator, CancellationToken.None)).Value!);
        }

        _bot.Storage.Time.SetUtcNow(Now);
        await _bot.Executor.InstallAsync(_bot.Tenant, WorkflowHarness.Ola, CancellationToken.None);

        // Goal progress: done / all non-cancelled linked items.
        foreach (string goalId in new[] { "G1", "G4", "G10" })
        {
            List<ActionItem> linked = stored.Where(i => i.GoalId == goalId && i.Status != ItemStatus.Cancelled).ToList();
            int done = linked.Count(i => i.Status == ItemStatus.Done);
            CommandResult shown = await _bot.RunAsync(WorkflowHarness.Ola, "goal show " + goalId);
            Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Progress: {done}/{linked.Count} done ({100 * done / linked.Count}%)"), shown.Text.Split('\n')[1], StringComparison.Ordinal);
        }

        // Reviews for three people over the quarter.
        foreach (PersonRef person in people.Take(3))
        {
            DateTimeOffset from = QuarterStart;
            DateTimeOffset to = new(2027, 4, 1, 0, 0, 0, TimeSpan.Zero);
            List<ActionItem> mine = stored.Where(i => i.Owner!.Id == person.Id).ToList();
            List<ActionItem> completed = mine.Where(i => i.Status == ItemStatus.Done && i.CompletedAt >= from && i.CompletedAt < to.AddDays(1)).ToList();
            int late = completed.Count(i => i.CompletedAt > i.Due!.Utc);
            int missed = mine.Count(i => i.Status is ItemStatus.Open or ItemStatus.Blocked && i.Due!.Utc >= from && i.Due.Utc < Now);
            _bot.Directory.Add(person);

            CommandResult review = await _bot.RunAsync(WorkflowHarness.Ola, $"review <@{person.Id}> from 2027-01-01 to 2027-04-01");

            string[] lines = review.Text.Split('\n');
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Completed: {completed.Count} ({completed.Count - late} on time, {late} late)"), lines[1].Split(" — ")[0]);
            Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Slipped: {missed} still open past their date"), lines[2], StringComparison.Ordinal);
            double rate = (double)completed.Count / (completed.Count + missed) * 100;
            Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Completion rate: {rate:0}%"), lines[3], StringComparison.Ordinal);
        }
    }
}
