using System.Globalization;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Todo.Lists.Item.Tasks.Delta;
using Microsoft.Kiota.Abstractions;
using GraphTaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// A person's Microsoft To Do over Graph (app-only, <c>/users/{id}/todo/lists</c>; needs Tasks.ReadWrite.All). 401/403
/// become <see cref="TodoAccessDeniedException"/>, 429/503/504 <see cref="TodoThrottledException"/> with Graph's
/// Retry-After, so the sync job pauses or waits instead of hammering Graph.
/// </summary>
public sealed class GraphTodoTaskClient : ITodoTaskClient
{
    public const string ApplicationName = "ActionTracker";

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(10);

    private readonly GraphClients _clients;
    private readonly TeamsOptions _teams;
    private readonly PublicEndpoint? _endpoint;

    public GraphTodoTaskClient(GraphClients clients, IOptions<TeamsOptions> teams, PublicEndpoint? endpoint = null)
    {
        ArgumentNullException.ThrowIfNull(teams);
        _clients = clients;
        _teams = teams.Value;
        _endpoint = endpoint;
    }

    public bool IsAvailable => _clients.Options.IsConfigured && _clients.Options.TodoSyncEnabled;

    public Task<string> EnsureListAsync(TenantKey tenant, string userId, string? knownListId, string displayName, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var lists = Graph(tenant).Users[userId].Todo.Lists;
            if (knownListId is not null)
            {
                try
                {
                    TodoTaskList? known = await lists[knownListId].GetAsync(cancellationToken: cancellationToken);
                    if (known?.Id is { } id)
                    {
                        return id;
                    }
                }
                catch (ApiException exception) when (exception.ResponseStatusCode == 404)
                {
                    // Deleted in To Do: find or create it again below.
                }
            }

            TodoTaskListCollectionResponse? page = await lists.GetAsync(cancellationToken: cancellationToken);
            while (page is not null)
            {
                if (page.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, displayName, StringComparison.Ordinal))?.Id is { } found)
                {
                    return found;
                }

                page = page.OdataNextLink is { } next ? await lists.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
            }

            TodoTaskList? created = await lists.PostAsync(new TodoTaskList { DisplayName = displayName }, cancellationToken: cancellationToken);
            return created?.Id ?? throw new InvalidOperationException("Microsoft Graph created the task list without an id.");
        });

    public Task<TodoTaskSnapshot> CreateAsync(TenantKey tenant, string userId, string listId, TodoTaskContent content, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(content);
            TodoTask task = Fields(content);
            task.LinkedResources =
            [
                new LinkedResource { WebUrl = LinkBack(content), ApplicationName = ApplicationName, DisplayName = ApplicationName + " " + content.Number, ExternalId = content.ExternalId },
            ];
            TodoTask? created = await Graph(tenant).Users[userId].Todo.Lists[listId].Tasks.PostAsync(task, cancellationToken: cancellationToken);
            return Snapshot(created ?? throw new InvalidOperationException("Microsoft Graph created the task without an answer."));
        });

    public Task<TodoTaskSnapshot?> UpdateAsync(TenantKey tenant, string userId, string listId, string taskId, TodoTaskContent content, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(content);
            TodoTask task = Fields(content);
            if (content.DueDate is null)
            {
                // A removed deadline clears the task's due date (the backing store sends an explicit null).
                task.DueDateTime = null;
            }

            try
            {
                TodoTask? updated = await Graph(tenant).Users[userId].Todo.Lists[listId].Tasks[taskId].PatchAsync(task, cancellationToken: cancellationToken);
                return updated is null ? null : Snapshot(updated);
            }
            catch (ApiException exception) when (exception.ResponseStatusCode == 404)
            {
                return null;
            }
        });

    public Task DeleteAsync(TenantKey tenant, string userId, string listId, string taskId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            try
            {
                await Graph(tenant).Users[userId].Todo.Lists[listId].Tasks[taskId].DeleteAsync(cancellationToken: cancellationToken);
            }
            catch (ApiException exception) when (exception.ResponseStatusCode == 404)
            {
                // Already gone.
            }

            return true;
        });

    public Task<TodoTaskSnapshot?> FindAsync(TenantKey tenant, string userId, string listId, string externalId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var tasks = Graph(tenant).Users[userId].Todo.Lists[listId].Tasks;
            TodoTaskCollectionResponse? page = await tasks.GetAsync(r => r.QueryParameters.Expand = ["linkedResources"], cancellationToken);
            while (page is not null)
            {
                TodoTask? match = page.Value?.FirstOrDefault(t => t.LinkedResources?.Any(r => string.Equals(r.ExternalId, externalId, StringComparison.Ordinal)) == true);
                if (match is not null)
                {
                    return Snapshot(match);
                }

                page = page.OdataNextLink is { } next ? await tasks.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
            }

            return (TodoTaskSnapshot?)null;
        });

    public Task<TodoDelta> ReadChangesAsync(TenantKey tenant, string userId, string listId, string? deltaLink, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            DeltaRequestBuilder delta = Graph(tenant).Users[userId].Todo.Lists[listId].Tasks.Delta;
            var changes = new List<TodoTaskSnapshot>();
            DeltaGetResponse? page = deltaLink is null
                ? await delta.GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken)
                : await delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            while (true)
            {
                if (page is null)
                {
                    throw new InvalidOperationException("Microsoft Graph answered a delta read with nothing.");
                }

                changes.AddRange((page.Value ?? []).Where(t => t.Id is not null).Select(Snapshot));
                if (page.OdataDeltaLink is { } next)
                {
                    return new TodoDelta(changes, next);
                }

                if (page.OdataNextLink is not { } more)
                {
                    throw new InvalidOperationException("Microsoft Graph ended a delta read without a delta link.");
                }

                page = await delta.WithUrl(more).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            }
        });

    private GraphServiceClient Graph(TenantKey tenant)
    {
        if (!tenant.Value.StartsWith("teams:", StringComparison.Ordinal))
        {
            throw new TodoAccessDeniedException("only Microsoft Teams tenants have Microsoft To Do");
        }

        return _clients.For(tenant.Value["teams:".Length..]);
    }

    private static TodoTask Fields(TodoTaskContent content)
    {
        var task = new TodoTask
        {
            Title = content.Title,
            Importance = content.Importance switch
            {
                TodoImportance.High => Importance.High,
                TodoImportance.Low => Importance.Low,
                _ => Importance.Normal,
            },
            Status = content.Completed ? GraphTaskStatus.Completed : GraphTaskStatus.NotStarted,
        };
        if (content.DueDate is { } due)
        {
            // To Do keeps a day: midnight of the local date, in the owner's zone by its Windows name.
            task.DueDateTime = new DateTimeTimeZone { DateTime = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.0000000", TimeZone = content.DueTimeZone };
        }

        return task;
    }

    private static TodoTaskSnapshot Snapshot(TodoTask task) => new()
    {
        Id = task.Id ?? string.Empty,
        IsCompleted = task.Status == GraphTaskStatus.Completed,
        LastModified = task.LastModifiedDateTime ?? DateTimeOffset.MinValue,
        IsRemoved = task.AdditionalData?.ContainsKey("@removed") == true,
        ExternalId = task.LinkedResources?.FirstOrDefault(r => r.ApplicationName == ApplicationName)?.ExternalId,
    };

    /// <summary>Opens the person's chat with the bot with "show #42" typed in, when the Teams app id is known.</summary>
    private string LinkBack(TodoTaskContent content)
    {
        string show = Uri.EscapeDataString("show " + content.Number);
        if (!string.IsNullOrWhiteSpace(_teams.AppId))
        {
            return "https://teams.microsoft.com/l/chat/0/0?users=28:" + Uri.EscapeDataString(_teams.AppId) + "&message=" + show;
        }

        return _endpoint?.BaseUrl.AbsoluteUri ?? "https://teams.microsoft.com/";
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException exception) when (exception.ResponseStatusCode is 401 or 403)
        {
            throw new TodoAccessDeniedException("Microsoft Graph answered " + exception.ResponseStatusCode.ToString(CultureInfo.InvariantCulture), exception);
        }
        catch (ApiException exception) when (exception.ResponseStatusCode is 429 or 503 or 504)
        {
            throw new TodoThrottledException(RetryAfter(exception), exception);
        }
    }

    private static async Task CallAsync(Func<Task<bool>> call) => await CallAsync<bool>(call);

    /// <summary>Graph's Retry-After (seconds or an HTTP date), capped; 30 seconds when it sent none.</summary>
    private static TimeSpan RetryAfter(ApiException exception)
    {
        string? value = exception.ResponseHeaders?
            .FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        TimeSpan wait = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) ? TimeSpan.FromSeconds(seconds) : DefaultRetryAfter;
        return wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }
}
