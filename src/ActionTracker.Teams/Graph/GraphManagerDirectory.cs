using System.Collections.Concurrent;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Authentication.Azure;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// A Teams person's manager from Microsoft Graph (<c>GET /users/{id}/manager</c>, app-only, User.Read.All). Any answer
/// other than a manager (none set, not a Teams tenant, no permission, Graph down) is null, so reviews fall back to the
/// mapping admins set with <c>admin manager</c>. Answers are reused for a short while to stay clear of throttling.
/// </summary>
public sealed class GraphManagerDirectory : IManagerDirectory
{
    public const string HttpClientName = "graph-manager";

    private const string TeamsPrefix = "teams:";

    private readonly GraphManagerOptions _options;
    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphManagerDirectory> _logger;
    private readonly Func<string, TokenCredential> _credentials;
    private readonly ConcurrentDictionary<string, GraphServiceClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (PersonRef? Manager, DateTimeOffset Until)> _answers = new(StringComparer.Ordinal);

    public GraphManagerDirectory(IOptions<GraphManagerOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILogger<GraphManagerDirectory> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), httpClients, time, logger, tenantId => ClientSecret(options.Value, tenantId))
    {
    }

    /// <summary>With another credential per Entra tenant (e.g. a federated or managed identity).</summary>
    public GraphManagerDirectory(
        GraphManagerOptions options, IHttpClientFactory httpClients, TimeProvider time, ILogger<GraphManagerDirectory> logger, Func<string, TokenCredential> credentials)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _httpClients = httpClients;
        _time = time;
        _logger = logger;
        _credentials = credentials;
    }

    public async Task<PersonRef?> FindManagerAsync(TenantKey tenant, string personId, CancellationToken cancellationToken)
    {
        string key = tenant.Value ?? string.Empty;
        if (!_options.IsConfigured || !key.StartsWith(TeamsPrefix, StringComparison.Ordinal) || !Guid.TryParse(personId, out _))
        {
            // Slack workspaces and Bot Framework ids without an Entra object id have no Graph manager.
            return null;
        }

        string entraTenant = key[TeamsPrefix.Length..];
        if (!Guid.TryParse(entraTenant, out _)
            || (!string.IsNullOrWhiteSpace(_options.TenantId) && !string.Equals(_options.TenantId, entraTenant, StringComparison.OrdinalIgnoreCase)))
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
            GraphServiceClient client = _clients.GetOrAdd(entraTenant, Create);
            DirectoryObject? found = await client.Users[personId].Manager.GetAsync(
                request => request.QueryParameters.Select = ["id", "displayName"], cancellationToken);
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

        _answers[cacheKey] = (manager, now + _options.ManagerCacheDuration);
        return manager;
    }

    private GraphServiceClient Create(string entraTenant)
    {
        string baseUrl = _options.BaseUrl.TrimEnd('/');
        var graph = new Uri(baseUrl, UriKind.Absolute);
        string scope = graph.GetLeftPart(UriPartial.Authority) + "/.default";

        // Tokens go only to the configured Graph host (a national cloud, or a local stand-in in tests).
        var authentication = new AzureIdentityAuthenticationProvider(_credentials(entraTenant), [graph.Host], null, true, scope);
        return new GraphServiceClient(_httpClients.CreateClient(HttpClientName), authentication, baseUrl);
    }

    private static ClientSecretCredential ClientSecret(GraphManagerOptions options, string entraTenant)
    {
        var credentialOptions = new ClientSecretCredentialOptions();
        if (!string.IsNullOrWhiteSpace(options.AuthorityHost))
        {
            credentialOptions.AuthorityHost = new Uri(options.AuthorityHost, UriKind.Absolute);
        }

        return new ClientSecretCredential(entraTenant, options.ClientId, options.ClientSecret, credentialOptions);
    }
}
