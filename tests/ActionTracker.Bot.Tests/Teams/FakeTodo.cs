using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>
/// Microsoft To Do on the <see cref="FakeGraphServer"/>: task lists, tasks with linked resources, PATCH/DELETE and
/// delta links (a change counter), plus switches for 403 and a one-off 429 with Retry-After.
/// </summary>
internal sealed class FakeTodo
{
    private readonly object _gate = new();
    private readonly Dictionary<string, JsonObject> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeTodoTask> _tasks = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>Every To Do route answers this when it is not 200 (e.g. 403 without Tasks.ReadWrite.All).</summary>
    public int Status { get; set; } = 200;

    /// <summary>The next To Do call answers 429 with this Retry-After (seconds), once.</summary>
    public int? ThrottleOnceSeconds { get; set; }

    public ConcurrentQueue<string> ThrottledAt { get; } = new();

    /// <summary>When each To Do call arrived, in order.</summary>
    public ConcurrentQueue<DateTimeOffset> CallTimes { get; } = new();

    public IReadOnlyList<JsonObject> Lists
    {
        get
        {
            lock (_gate)
            {
                return [.. _lists.Values.Select(l => l.DeepClone().AsObject())];
            }
        }
    }

    /// <summary>The tasks not deleted, as Graph would return them.</summary>
    public IReadOnlyList<JsonObject> Tasks
    {
        get
        {
            lock (_gate)
            {
                return [.. _tasks.Values.Where(t => !t.Removed).Select(t => t.Json.DeepClone().AsObject())];
            }
        }
    }

    /// <summary>A person acting in To Do: changes the task's status, stamped <paramref name="at"/>.</summary>
    public void SetStatus(string taskId, string status, DateTimeOffset at)
    {
        lock (_gate)
        {
            FakeTodoTask task = _tasks[taskId];
            task.Json["status"] = status;
            Touch(task, at);
        }
    }

    public void Delete(string taskId)
    {
        lock (_gate)
        {
            FakeTodoTask task = _tasks[taskId];
            task.Removed = true;
            Touch(task, TimeProvider.System.GetUtcNow());
        }
    }

    /// <summary>A person deleting the whole list in To Do, with its tasks.</summary>
    public void DeleteList(string listId)
    {
        lock (_gate)
        {
            _lists.Remove(listId);
            foreach (FakeTodoTask task in _tasks.Values.Where(t => t.ListId == listId))
            {
                task.Removed = true;
            }
        }
    }

    public void Map(WebApplication app, Func<HttpRequest, Task<string>> record)
    {
        const string Lists = "/v1.0/users/{userId}/todo/lists";
        const string Tasks = Lists + "/{listId}/tasks";
        app.MapGet(Lists, async (HttpRequest request) => Refusal(await record(request)) ?? Results.Json(Page([.. LockedLists()])));
        app.MapGet(Lists + "/{listId}", async (HttpRequest request, string listId) =>
            Refusal(await record(request)) ?? (LockedList(listId) is { } list ? Results.Json(list) : NotFound()));
        app.MapPost(Lists, async (HttpRequest request) =>
        {
            string body = await record(request);
            if (Refusal(body) is { } refused)
            {
                return refused;
            }

            var list = new JsonObject { ["id"] = "list-" + Guid.NewGuid().ToString("N")[..8], ["displayName"] = JsonNode.Parse(body)!["displayName"]!.GetValue<string>() };
            lock (_gate)
            {
                _lists[list["id"]!.GetValue<string>()] = list;
            }

            return Results.Json(list, statusCode: 201);
        });
        app.MapPost(Tasks, async (HttpRequest request, string listId) =>
        {
            string body = await record(request);
            if (Refusal(body) is { } refused)
            {
                return refused;
            }

            JsonObject json = JsonNode.Parse(body)!.AsObject();
            json["id"] = "task-" + Guid.NewGuid().ToString("N")[..8];
            var task = new FakeTodoTask(listId, json);
            lock (_gate)
            {
                _tasks[json["id"]!.GetValue<string>()] = task;
                Touch(task, TimeProvider.System.GetUtcNow());
                return Results.Json(json.DeepClone(), statusCode: 201);
            }
        });
        app.MapGet(Tasks, async (HttpRequest request, string listId) =>
        {
            if (Refusal(await record(request)) is { } refused)
            {
                return refused;
            }

            lock (_gate)
            {
                return Results.Json(Page([.. _tasks.Values.Where(t => t.ListId == listId && !t.Removed).Select(t => t.Json.DeepClone())]));
            }
        });
        // The SDK calls the OData function as delta(); the delta links Graph hands out are followed as given.
        app.MapGet(Tasks + "/delta()", (HttpRequest request, string userId, string listId) => DeltaAsync(request, userId, listId, record));
        app.MapGet(Tasks + "/delta", (HttpRequest request, string userId, string listId) => DeltaAsync(request, userId, listId, record));
        app.MapMethods(Tasks + "/{taskId}", ["PATCH"], async (HttpRequest request, string taskId) =>
        {
            string body = await record(request);
            if (Refusal(body) is { } refused)
            {
                return refused;
            }

            lock (_gate)
            {
                if (!_tasks.TryGetValue(taskId, out FakeTodoTask? task) || task.Removed)
                {
                    return NotFound();
                }

                foreach ((string key, JsonNode? value) in JsonNode.Parse(body)!.AsObject())
                {
                    task.Json[key] = value?.DeepClone();
                }

                Touch(task, TimeProvider.System.GetUtcNow());
                return Results.Json(task.Json.DeepClone());
            }
        });
        app.MapDelete(Tasks + "/{taskId}", async (HttpRequest request, string taskId) =>
        {
            if (Refusal(await record(request)) is { } refused)
            {
                return refused;
            }

            lock (_gate)
            {
                if (!_tasks.TryGetValue(taskId, out FakeTodoTask? task) || task.Removed)
                {
                    return NotFound();
                }

                task.Removed = true;
                Touch(task, TimeProvider.System.GetUtcNow());
                return Results.NoContent();
            }
        });
    }

    private async Task<IResult> DeltaAsync(HttpRequest request, string userId, string listId, Func<HttpRequest, Task<string>> record)
    {
        if (Refusal(await record(request)) is { } refused)
        {
            return refused;
        }

        long since = long.TryParse(request.Query["$deltatoken"], NumberStyles.None, CultureInfo.InvariantCulture, out long token) ? token : -1;
        lock (_gate)
        {
            JsonNode?[] changed = [.. _tasks.Values
                    .Where(t => t.ListId == listId && t.Sequence > since && (since >= 0 || !t.Removed))
                    .OrderBy(t => t.Sequence)
                    .Select(t => t.Removed ? new JsonObject { ["id"] = t.Json["id"]!.GetValue<string>(), ["@removed"] = new JsonObject { ["reason"] = "deleted" } } : t.Json.DeepClone())];
            string next = new Uri(request.Scheme + "://" + request.Host + "/v1.0/users/" + userId + "/todo/lists/" + listId + "/tasks/delta?$deltatoken="
                + _sequence.ToString(CultureInfo.InvariantCulture)).AbsoluteUri;
            return Results.Json(new JsonObject { ["value"] = new JsonArray(changed), ["@odata.deltaLink"] = next });
        }
    }

    private static JsonObject Page(JsonNode?[] values) => new() { ["value"] = new JsonArray(values) };

    private static IResult NotFound() =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ErrorItemNotFound", ["message"] = "The specified object was not found in the store." } }, statusCode: 404);

    private JsonObject[] LockedLists()
    {
        lock (_gate)
        {
            return [.. _lists.Values.Select(l => l.DeepClone().AsObject())];
        }
    }

    private JsonObject? LockedList(string listId)
    {
        lock (_gate)
        {
            return _lists.TryGetValue(listId, out JsonObject? list) ? list.DeepClone().AsObject() : null;
        }
    }

    private IResult? Refusal(string body)
    {
        _ = body;
        CallTimes.Enqueue(TimeProvider.System.GetUtcNow());
        if (ThrottleOnceSeconds is { } seconds)
        {
            ThrottleOnceSeconds = null;
            ThrottledAt.Enqueue(TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            return new ThrottledResult(seconds);
        }

        return Status == 200
            ? null
            : Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Forbidden", ["message"] = "Access is denied. Check credentials and try again." } }, statusCode: Status);
    }

    private void Touch(FakeTodoTask task, DateTimeOffset at)
    {
        task.Sequence = ++_sequence;
        task.Json["lastModifiedDateTime"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    }

    private sealed class ThrottledResult(int seconds) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = 429;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await httpContext.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = "TooManyRequests", ["message"] = "Please retry again later." } });
        }
    }
}
