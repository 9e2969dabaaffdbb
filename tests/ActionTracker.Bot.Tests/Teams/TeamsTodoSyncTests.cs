using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Audit;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Microsoft To Do sync end to end: Teams commands over HTTP, real Azurite and queue, the fake Graph over https.</summary>
public sealed class TeamsTodoSyncTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly TenantKey Tenant = TenantKey.ForTeams(TeamsActivities.TenantId);

    private readonly string _user = Guid.NewGuid().ToString();

    [Fact]
    public async Task OffByDefault_NoGraphCallsAndStatusSaysOff()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance by Friday");

        string status = await SayAsync(host, "settings todo");
        int queued = await host.Factory.Services.GetRequiredService<TodoSyncSweep>().RunOnceAsync(TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Task.Delay(500);

        Assert.Contains("Microsoft To Do sync is off", status, StringComparison.Ordinal);
        Assert.Equal(0, queued);
        Assert.DoesNotContain(graph.Calls, c => c.Path.Contains("/todo/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotEnabledForTheInstallation_OnRefusedClearly()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await TeamsHost.StartAsync(extra: graph.Settings(), services: graph.Trust);

        string reply = await SayAsync(host, "settings todo on");

        Assert.Contains("not set up on this installation", reply, StringComparison.Ordinal);
        Assert.Contains("Graph:TodoSyncEnabled", reply, StringComparison.Ordinal);
        Assert.Empty(graph.Calls);
    }

    [Fact]
    public async Task On_AcceptedItemBecomesTaskWithDueImportanceAndLinkBack()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance due 2026-11-27 !high");

        string reply = await SayAsync(host, "settings todo on");
        await WaitForSyncAsync(host, null);

        Assert.Contains("Microsoft To Do sync is on", reply, StringComparison.Ordinal);
        JsonObject list = Assert.Single(graph.Todo.Lists);
        Assert.Equal("ActionTracker", list["displayName"]!.GetValue<string>());
        JsonObject task = Assert.Single(graph.Todo.Tasks);
        Assert.Equal("Send the budget to finance", task["title"]!.GetValue<string>());
        Assert.Equal("high", task["importance"]!.GetValue<string>());
        Assert.Equal("notStarted", task["status"]!.GetValue<string>());
        Assert.Equal("2026-11-27T00:00:00.0000000", task["dueDateTime"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("W. Europe Standard Time", task["dueDateTime"]!["timeZone"]!.GetValue<string>());
        JsonNode link = task["linkedResources"]![0]!;
        Assert.Equal("ActionTracker", link["applicationName"]!.GetValue<string>());
        Assert.Equal(Tenant.Value + "/#1", link["externalId"]!.GetValue<string>());
        Assert.Equal("https://teams.microsoft.com/l/chat/0/0?users=28:" + TestTokens.AppId + "&message=show%20%231", link["webUrl"]!.GetValue<string>());
        Assert.All(graph.GraphCalls, c => Assert.Equal("Bearer graph-token", c.Authorization));
        Assert.All(graph.GraphCalls, c => Assert.StartsWith("/v1.0/users/" + _user + "/todo/lists", c.Path, StringComparison.Ordinal));
        Assert.Contains("last synced", await SayAsync(host, "settings todo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalUninstall_TurnsSyncOff_ReinstallLeavesItOff()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "settings todo on");
        await WaitForSyncAsync(host, null);
        ITodoSyncStore store = host.Factory.Services.GetRequiredService<ITodoSyncStore>();

        using (HttpResponseMessage removed = await host.PostAsync(TeamsActivities.Uninstall(host.ServiceUrl, _user), "Bearer " + host.Token()))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        TodoSyncState? state = await store.GetStateAsync(Tenant, _user, CancellationToken.None);
        Assert.NotNull(state);
        Assert.False(state.Enabled);
        Assert.NotNull(state.ListId);
        JsonObject reinstall = TeamsActivities.Install(host.ServiceUrl, _user);
        reinstall["deliveryMode"] = "expectReplies";
        using (HttpResponseMessage added = await host.PostAsync(reinstall, "Bearer " + host.Token()))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        Assert.Contains("Microsoft To Do sync is off", await SayAsync(host, "settings todo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoneInBot_TaskCompletedAtOnce_ReopenInBot_TaskNotStartedAgain()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");
        await SayAsync(host, "settings todo on");
        DateTimeOffset? synced = await WaitForSyncAsync(host, null);

        // No scheduled round here: each change queues its owner's sync.
        await SayAsync(host, "done #1");
        synced = await WaitForSyncAsync(host, synced);
        string afterDone = Assert.Single(graph.Todo.Tasks)["status"]!.GetValue<string>();
        await SayAsync(host, "reopen #1");
        await WaitForSyncAsync(host, synced);

        Assert.Equal("completed", afterDone);
        Assert.Equal("notStarted", Assert.Single(graph.Todo.Tasks)["status"]!.GetValue<string>());
        Assert.Single(graph.GraphCalls, c => c.Method == "POST" && c.Path.EndsWith("/tasks", StringComparison.Ordinal));
        Assert.Equal(2, graph.GraphCalls.Count(c => c.Method == "PATCH"));
    }

    [Fact]
    public async Task CompletedInTodo_ItemDoneByTheOwnerWithHistory()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");
        await SayAsync(host, "settings todo on");
        DateTimeOffset? synced = await WaitForSyncAsync(host, null);
        string taskId = Assert.Single(graph.Todo.Tasks)["id"]!.GetValue<string>();

        graph.Todo.SetStatus(taskId, "completed", TimeProvider.System.GetUtcNow());
        await SyncAsync(host, synced);

        ActionItem item = (await ItemAsync(host, 1))!;
        Assert.Equal(ItemStatus.Done, item.Status);
        IReadOnlyList<AuditEntry> history = await HistoryAsync(host, 1);
        Assert.Contains(history, h => h.Change.Field == "status" && h.Change.NewValue == "Done" && h.Actor.Id == _user);
        Assert.Contains(history, h => h.Change.Field == "sync" && h.Change.NewValue == "Completed in Microsoft To Do");
        Assert.DoesNotContain(graph.GraphCalls, c => c.Method == "PATCH");
        Assert.Contains("Done", await SayAsync(host, "show #1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conflict_TodoChangedLater_TodoWinsWithAuditRow()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");
        await SayAsync(host, "settings todo on");
        DateTimeOffset? synced = await WaitForSyncAsync(host, null);
        string taskId = Assert.Single(graph.Todo.Tasks)["id"]!.GetValue<string>();

        // Completed in To Do a minute "later" than the edit that follows (and queues its own sync).
        graph.Todo.SetStatus(taskId, "completed", TimeProvider.System.GetUtcNow().AddMinutes(1));
        await SayAsync(host, "edit #1 title Send the revised budget");
        await SyncAsync(host, synced);

        Assert.Equal(ItemStatus.Done, (await ItemAsync(host, 1))!.Status);
        JsonObject task = Assert.Single(graph.Todo.Tasks);
        Assert.Equal(("completed", "Send the revised budget"), (task["status"]!.GetValue<string>(), task["title"]!.GetValue<string>()));
        AuditEntry conflict = Assert.Single(await HistoryAsync(host, 1), h => h.Change.NewValue?.StartsWith("To Do sync conflict", StringComparison.Ordinal) == true);
        Assert.StartsWith("To Do sync conflict: Microsoft To Do won", conflict.Change.NewValue, StringComparison.Ordinal);
        Assert.Equal(TodoSyncWorkHandler.SyncActor, conflict.Actor);
    }

    [Fact]
    public async Task Conflict_BotChangedLater_BotWinsTaskReopenedWithAuditRow()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");
        await SayAsync(host, "settings todo on");
        DateTimeOffset? synced = await WaitForSyncAsync(host, null);
        JsonObject created = Assert.Single(graph.Todo.Tasks);
        DateTimeOffset createdAt = DateTimeOffset.Parse(created["lastModifiedDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        graph.Todo.SetStatus(created["id"]!.GetValue<string>(), "completed", createdAt.AddMilliseconds(1));
        await Task.Delay(50);
        await SayAsync(host, "edit #1 title Send the revised budget");
        await SyncAsync(host, synced);

        Assert.Equal(ItemStatus.Open, (await ItemAsync(host, 1))!.Status);
        JsonObject task = Assert.Single(graph.Todo.Tasks);
        Assert.Equal(("notStarted", "Send the revised budget"), (task["status"]!.GetValue<string>(), task["title"]!.GetValue<string>()));
        AuditEntry conflict = Assert.Single(await HistoryAsync(host, 1), h => h.Change.Field == "sync");
        Assert.StartsWith("To Do sync conflict: ActionTracker won", conflict.Change.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelledItemTaskDeleted_TaskDeletedInTodoNotRecreated()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");
        await SayAsync(host, "add Book the venue due 2026-12-04");
        await SayAsync(host, "settings todo on");
        DateTimeOffset? synced = await WaitForSyncAsync(host, null);
        string venueTask = graph.Todo.Tasks.Single(t => t["title"]!.GetValue<string>() == "Book the venue")["id"]!.GetValue<string>();

        await SayAsync(host, "cancel #1 no longer needed");
        graph.Todo.Delete(venueTask);
        synced = await SyncAsync(host, synced);
        await SayAsync(host, "due #2 2026-12-11");
        await SyncAsync(host, synced);

        Assert.Empty(graph.Todo.Tasks);
        Assert.Single(graph.GraphCalls, c => c.Method == "DELETE");
        Assert.Equal(2, graph.GraphCalls.Count(c => c.Method == "POST" && c.Path.EndsWith("/tasks", StringComparison.Ordinal)));
        Assert.Equal(ItemStatus.Open, (await ItemAsync(host, 2))!.Status);
    }

    [Fact]
    public async Task ListDeletedInTodo_NewListAndTasksMadeAgain()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");
        await SayAsync(host, "settings todo on");
        DateTimeOffset? synced = await WaitForSyncAsync(host, null);
        string firstList = Assert.Single(graph.Todo.Lists)["id"]!.GetValue<string>();

        graph.Todo.DeleteList(firstList);
        await SyncAsync(host, synced);

        JsonObject list = Assert.Single(graph.Todo.Lists);
        Assert.NotEqual(firstList, list["id"]!.GetValue<string>());
        Assert.Equal("Send the budget to finance", Assert.Single(graph.Todo.Tasks)["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Graph403_PausedPersonToldStatusShowsItNoRetryLoop()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        graph.Todo.Status = 403;
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");

        await SayAsync(host, "settings todo on");
        RecordedCall told = await host.Server.WaitForCallAsync(c => c.Method == "POST" && c.Body.Contains("Tasks.ReadWrite.All", StringComparison.Ordinal), Wait);
        string status = await SayAsync(host, "settings todo");
        int callsWhenPaused = graph.GraphCalls.Count();
        int queued = await host.Factory.Services.GetRequiredService<TodoSyncSweep>().RunOnceAsync(TimeProvider.System.GetUtcNow().AddHours(1), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Task.Delay(1000);

        Assert.Contains("paused your Microsoft To Do sync", told.Body, StringComparison.Ordinal);
        Assert.Contains("403", told.Body, StringComparison.Ordinal);
        Assert.Contains("paused", status, StringComparison.Ordinal);
        Assert.Contains("Tasks.ReadWrite.All", status, StringComparison.Ordinal);
        Assert.Equal(1, callsWhenPaused);
        Assert.Equal(0, queued);
        Assert.Equal(callsWhenPaused, graph.GraphCalls.Count());
        Assert.Empty(graph.Todo.Tasks);
    }

    [Fact]
    public async Task Graph429_WaitsForRetryAfterThenSyncs()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        graph.Todo.ThrottleOnceSeconds = 2;
        await using TeamsHost host = await StartAsync(graph);
        await SayAsync(host, "add Send the budget to finance");

        await SayAsync(host, "settings todo on");
        await WaitForSyncAsync(host, null);

        DateTimeOffset[] calls = [.. graph.Todo.CallTimes];
        Assert.Single(graph.Todo.ThrottledAt);
        Assert.Single(graph.Todo.Tasks);
        Assert.True(calls[1] - calls[0] >= TimeSpan.FromSeconds(1.9), "the retry came " + (calls[1] - calls[0]) + " after the 429 with Retry-After: 2");
    }

    private static async Task<TeamsHost> StartAsync(FakeGraphServer graph)
    {
        Dictionary<string, string?> settings = graph.Settings();
        settings["Graph:TodoSyncEnabled"] = "true";
        settings["Scheduler:Enabled"] = "false";
        TeamsHost host = await TeamsHost.StartAsync(extra: settings, services: s =>
        {
            graph.Trust(s);
            s.AddSingleton<Infrastructure.CapturingLoggerProvider>();
            s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(sp => sp.GetRequiredService<Infrastructure.CapturingLoggerProvider>());
        });
        return host;
    }

    private async Task<string> SayAsync(TeamsHost host, string text)
    {
        using HttpResponseMessage response = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, text, _user, expectReplies: true), "Bearer " + host.Token());
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    /// <summary>Queues a sync for the person now and waits for it to finish.</summary>
    private async Task<DateTimeOffset?> SyncAsync(TeamsHost host, DateTimeOffset? after)
    {
        var job = new TodoSyncJob { PersonId = _user };
        await host.Factory.Services.GetRequiredService<IWorkQueue>().EnqueueAsync(job.ToWorkItem(Tenant, "todo-sync-test:" + Guid.NewGuid().ToString("N")), null, CancellationToken.None);
        return await WaitForSyncAsync(host, after);
    }

    private async Task<DateTimeOffset?> WaitForSyncAsync(TeamsHost host, DateTimeOffset? after)
    {
        ITodoSyncStore store = host.Factory.Services.GetRequiredService<ITodoSyncStore>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < Wait)
        {
            TodoSyncState? state = await store.GetStateAsync(Tenant, _user, CancellationToken.None);
            if (state?.LastSyncedAt is { } at && (after is null || at > after))
            {
                return at;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No To Do sync finished in time; logged: " + string.Join(" | ", host.Factory.Services.GetRequiredService<Infrastructure.CapturingLoggerProvider>().Lines.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(l => l.Text[..Math.Min(l.Text.Length, 1500)]).TakeLast(3)));
    }

    private static Task<ActionItem?> ItemAsync(TeamsHost host, long number) =>
        host.Factory.Services.GetRequiredService<IActionItemStore>().GetAsync(Tenant, new ItemNumber(number), CancellationToken.None);

    private static Task<IReadOnlyList<AuditEntry>> HistoryAsync(TeamsHost host, long number) =>
        host.Factory.Services.GetRequiredService<IActionItemStore>().GetHistoryAsync(Tenant, new ItemNumber(number), CancellationToken.None);
}
