using System.Collections.Concurrent;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// One <see cref="GraphServiceClient"/> per customer tenant, signed in app-only with a client secret
/// (<see cref="ClientSecretCredential"/>); the base URL and token authority come from configuration.
/// </summary>
public sealed class GraphClients
{
    public const string HttpClientName = "ActionTracker.Graph";

    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    private readonly IHttpClientFactory _httpClients;
    private readonly GraphOptions _options;
    private readonly ConcurrentDictionary<string, GraphServiceClient> _clients = new(StringComparer.OrdinalIgnoreCase);

    public GraphClients(IHttpClientFactory httpClients, IOptions<GraphOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _options = options.Value;
    }

    public GraphOptions Options => _options;

    public Uri BaseUrl => new(_options.BaseUrl.EndsWith('/') ? _options.BaseUrl : _options.BaseUrl + "/", UriKind.Absolute);

    /// <summary>The client for <paramref name="tenantId"/> (the configured tenant wins for single-tenant apps).</summary>
    public GraphServiceClient For(string tenantId) =>
        _clients.GetOrAdd(string.IsNullOrWhiteSpace(_options.TenantId) ? tenantId : _options.TenantId!, Create);

    private GraphServiceClient Create(string tenantId)
    {
        HttpClient http = _httpClients.CreateClient(HttpClientName);
        var credential = new ClientSecretCredential(tenantId, _options.ClientId, _options.ClientSecret, new ClientSecretCredentialOptions
        {
            AuthorityHost = new Uri(_options.AuthorityHost, UriKind.Absolute),
            Transport = new HttpClientTransport(_httpClients.CreateClient(HttpClientName)),
            DisableInstanceDiscovery = !string.Equals(_options.AuthorityHost, GraphOptions.DefaultAuthorityHost, StringComparison.OrdinalIgnoreCase),
        });
        // The token goes only to the configured Graph host (the SDK's default list names Microsoft's clouds only).
        var authentication = new AzureIdentityAuthenticationProvider(credential, [BaseUrl.Host], scopes: Scopes);
        return new GraphServiceClient(http, authentication, BaseUrl.AbsoluteUri.TrimEnd('/'));
    }
}
