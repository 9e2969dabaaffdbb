using System.Collections.Concurrent;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// A Teams person's manager from Microsoft Graph (<c>GET /users/{id}/manager</c>, app-only, User.Read.All) through the
/// shared <see cref="GraphClients"/>. Any answer other than a manager (none set, not a Teams tenant, no permission,
/// Graph down) is null, so reviews fall back to the mapping admins set with <c>admin manager</c>. Answers are reused
/// for a short while to stay clear of throttling.
/// </summary>
public sealed class GraphManagerDirectory : IManagerDirectory
{
    private const string TeamsPrefix = "teams:";

    /// <summary>A review waits for the answer, so a slow Graph is given up on early (the admin mapping then decides).</summary>
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(10);

    private readonly GraphClients _clients;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphManagerDirectory> _logger;
    private readonly ConcurrentDictionary<string, (PersonRef? Manager, DateTimeOffset Until)> _answers = new(StringComparer.Ordinal);

    public GraphManagerDirectory(GraphClients clients, TimeProvider time, ILogger<GraphManagerDirectory> logger)
    {
        _clients = clients;
        _time = time;
        _logger = logger;
    }

    public async Task<PersonRef?> FindManagerAsync(TenantKey tenant, string personId, CancellationToken cancellationToken)
    {
        GraphOptions options = _clients.Options;
        string key = tenant.Value ?? string.Empty;
        if (!options.IsConfigured || !key.StartsWith(TeamsPrefix, StringComparison.Ordinal) || !Guid.TryParse(personId, out _))
        {
            // Slack workspaces and Bot Framework ids without an Entra object id have no Graph manager.
            return null;
        }

        string entraTenant = key[TeamsPrefix.Length..];
        if (!Guid.TryParse(entraTenant, out _)
            || (!string.IsNullOrWhiteSpace(options.TenantId) && !string.Equals(options.TenantId, entraTenant, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        DateTimeOffset now = _time.GetUtcNow();
        string cacheKey = entraTenant + "/" + personId;
        if (_answers.TryGetValue(cacheKey, out var known) && known.Until > now)
        {
            return known.Manager;
        }

        PersonRef? manager;
        try
        {
            using var timeout = new CancellationTokenSource(LookupTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            DirectoryObject? found = await _clients.For(entraTenant).Users[personId].Manager.GetAsync(
                request => request.QueryParameters.Select = ["id", "displayName"], linked.Token);
            manager = found?.Id is { } id && PersonRef.IsValidId(id) ? new PersonRef(id, (found as User)?.DisplayName ?? id) : null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            manager = null;
        }
        catch (ApiException error) when (error.ResponseStatusCode is 401 or 403)
        {
            Log.GraphManagerForbidden(_logger, error.ResponseStatusCode);
            return null;
        }
        catch (Exception error) when (error is ApiException or HttpRequestException or AuthenticationFailedException
                                           or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.GraphManagerFailed(_logger, error);
            return null;
        }

        _answers[cacheKey] = (manager, now + options.ManagerCacheDuration);
        return manager;
    }
}
