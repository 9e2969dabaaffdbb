using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Reviews;
using ActionTracker.Core.Views;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

public sealed class ReviewWorkflowTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Review_PersonManagerAndAdminMaySee_OthersMayNot()
    {
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Manager = Tom }, CancellationToken.None);
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Maria, "add Prepare the budget due tomorrow");
        await _bot.RunAsync(Maria, "done #1");

        CommandResult own = await _bot.RunAsync(Maria, "review me");
        CommandResult manager = await _bot.RunAsync(Tom, $"review <@{Maria.Id}>");
        CommandResult admin = await _bot.RunAsync(Ola, $"review <@{Maria.Id}>");
        CommandResult peer = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");

        Assert.StartsWith("Review for Maria Garcia, Sun 30 Aug 2026 – Fri 27 Nov 2026", own.Text, StringComparison.Ordinal);
        Assert.Contains("Completed: 1 (1 on time, 0 late)", own.Text, StringComparison.Ordinal);
        Assert.Equal(own.Text, manager.Text);
        Assert.Equal(own.Text, admin.Text);
        Assert.False(peer.Succeeded);
        Assert.Equal("Reviews are visible only to the person, their manager and admins; you can't see Maria Garcia's.", peer.Text);
    }

    [Fact]
    public async Task Review_PeriodEndingBeforeItStarts_IsRefused()
    {
        CommandResult result = await _bot.RunAsync(Maria, "review me from Nov 20 to Nov 10");

        Assert.False(result.Succeeded);
        Assert.StartsWith("The period starts (Fri 20 Nov 2026) after it ends (Tue 10 Nov 2026).", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_PlainEnglishQuestions_AreAnsweredFromTheReview()
    {
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Manager = Tom }, CancellationToken.None);
        await _bot.RunAsync(Tom, "goal add Grow revenue");
        await _bot.RunAsync(Maria, "add Price the new tier goal G1");
        await _bot.RunAsync(Maria, "add Present at the all-hands kind:development");
        await _bot.RunAsync(Maria, "add Send the numbers due tomorrow");
        await _bot.RunAsync(Maria, "done #1");
        _bot.Storage.Time.Advance(TimeSpan.FromDays(3));

        CommandResult completed = await _bot.RunAsync(Tom, $"what has <@{Maria.Id}> completed related to their goals?");
        CommandResult discuss = await _bot.RunAsync(Tom, $"ask what open items should be discussed in <@{Maria.Id}>'s review?");
        CommandResult unknown = await _bot.RunAsync(Tom, "ask how is the weather?");
        CommandResult refused = await _bot.RunAsync(Ana, $"what has <@{Maria.Id}> completed related to their goals?");

        Assert.Equal("Maria Garcia completed 1 goal-linked items in Wed 2 Sep 2026 – Mon 30 Nov 2026:\n• G1: #1 Price the new tier", completed.Text);
        Assert.StartsWith("To discuss in Maria Garcia's review:\n• #3 Send the numbers", discuss.Text, StringComparison.Ordinal);
        Assert.Contains("#2 Present at the all-hands", discuss.Text, StringComparison.Ordinal);
        Assert.StartsWith("I can answer these questions:", unknown.Text, StringComparison.Ordinal);
        Assert.False(refused.Succeeded);
    }

    [Fact]
    public async Task AdminSetsManager_ThenTheManagerMaySeeTheReview()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);

        CommandResult before = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");
        CommandResult refused = await _bot.RunAsync(Maria, $"admin manager <@{Maria.Id}> <@{Maria.Id}>");
        CommandResult set = await _bot.RunAsync(Ola, $"admin manager <@{Maria.Id}> <@{Ana.Id}>");
        CommandResult after = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");
        CommandResult cleared = await _bot.RunAsync(Ola, $"admin manager <@{Maria.Id}> none");
        CommandResult again = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");

        Assert.False(before.Succeeded);
        Assert.Equal("Only admins can set who manages whom.", refused.Text);
        Assert.Equal("Ana Silva now manages Maria Garcia.", set.Text);
        Assert.True(after.Succeeded, after.Text);
        Assert.Equal("Maria Garcia has no manager set now.", cleared.Text);
        Assert.False(again.Succeeded);
    }

    [Fact]
    public async Task AddDevelopment_ByTheManager_IsTheReviewedPersonsDevelopmentItemLinkedToThePeriod()
    {
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Manager = Tom }, CancellationToken.None);

        CommandResult added = await _bot.RunAsync(Tom, $"review <@{Maria.Id}> add-development Lead the Q1 planning due Jan 29");

        Assert.True(added.Succeeded, added.Text);
        ActionItem item = (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!;
        Assert.Equal(Maria.Id, item.Owner!.Id);
        Assert.Equal(Tom.Id, item.Creator.Id);
        Assert.Equal(ItemKind.Development, item.Kind);
        Assert.Equal(ItemStatus.Proposed, item.Status);
        Assert.Equal(new ReviewPeriod(new DateOnly(2026, 8, 30), new DateOnly(2026, 11, 27)), item.ReviewPeriod);
        Assert.Equal(new DateTimeOffset(2027, 1, 29, 16, 0, 0, TimeSpan.Zero), item.Due!.Utc);
        Assert.Contains("I've asked Maria Garcia to accept it.", added.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDevelopment_FromTheReviewButton_CountsInTheNextReview()
    {
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Manager = Tom }, CancellationToken.None);
        CommandResult review = await _bot.RunAsync(Tom, $"review <@{Maria.Id}> from Sep 1 to Nov 20");
        ViewAction button = Assert.Single(review.Views.OfType<ReviewView>().Single().Actions);

        CommandResult added = await _bot.RunAsync(Tom, button.Command + "Mentor a new hire");
        await _bot.RunAsync(Maria, "accept #1");
        _bot.Storage.Time.Advance(TimeSpan.FromDays(80));
        CommandResult open = await _bot.RunAsync(Tom, $"review <@{Maria.Id}> from Nov 21 to Feb 14");
        await _bot.RunAsync(Maria, "done #1");
        CommandResult done = await _bot.RunAsync(Tom, $"review <@{Maria.Id}> from Nov 21 to Feb 14");

        Assert.Equal(ViewActionKind.AddDevelopment, button.Kind);
        Assert.Equal($"review <@{Maria.Id}> from 2026-09-01 to 2026-11-20 add-development ", button.Command);
        Assert.True(added.Succeeded, added.Text);
        ActionItem item = (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!;
        Assert.Equal(new ReviewPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 20)), item.ReviewPeriod);
        Assert.Equal("Maria Garcia", item.Owner!.DisplayName);
        Assert.Contains("Development items from the previous period (Thu 27 Aug 2026 – Fri 20 Nov 2026): 0 of 1 done: #1 open", open.Text, StringComparison.Ordinal);
        Assert.Contains("Development items from the previous period (Thu 27 Aug 2026 – Fri 20 Nov 2026): 1 of 1 done: #1 done", done.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("29:ana", "review <@29:maria> add-development Lead the Q1 planning", "Reviews are visible only to the person, their manager and admins; you can't see Maria Garcia's.")]
    [InlineData("29:tom", "review <@29:maria> from Nov 20 to Nov 10 add-development Lead the Q1 planning", "The period starts (Fri 20 Nov 2026) after it ends (Tue 10 Nov 2026).")]
    [InlineData("29:tom", "review <@29:maria> add-development Lead the Q1 planning due Feb 30", "February has no day 30.")]
    [InlineData("29:tom", "review <@29:maria> add-development Lead the Q1 planning goal G9", "G9")]
    [InlineData("29:tom", "review @nobody add-development Lead the Q1 planning", "I don't know anyone called 'nobody' here.")]
    public async Task AddDevelopment_Refused_ChangesNothing(string requester, string text, string message)
    {
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Manager = Tom }, CancellationToken.None);
        PersonRef who = new[] { Tom, Ana }.Single(p => p.Id == requester);

        CommandResult result = await _bot.RunAsync(who, text);

        Assert.False(result.Succeeded, result.Text);
        Assert.Contains(message, result.Text, StringComparison.Ordinal);
        Assert.Null(await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None));
        Assert.Empty(_bot.Notifier.Sent);
    }

    [Fact]
    public async Task AddDevelopment_OtherTenantsPerson_IsNotFound()
    {
        var otherTenant = Core.Tenancy.TenantKey.ForTeams(Guid.NewGuid().ToString());
        await _bot.Storage.People.SaveAsync(new Person { Tenant = otherTenant, Ref = Maria, Manager = Tom }, CancellationToken.None);

        CommandResult result = await _bot.RunAsync(Tom, $"review <@{Maria.Id}> add-development Lead the Q1 planning");

        Assert.False(result.Succeeded);
        Assert.Null(await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None));
        Assert.Null(await _bot.Storage.Items.GetAsync(otherTenant, new ItemNumber(1), CancellationToken.None));
    }
}
