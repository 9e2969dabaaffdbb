namespace ActionTracker.Teams.Graph;

/// <summary>The <c>Graph</c> settings the manager lookup reads (app-only client credentials and the Graph endpoint).</summary>
public sealed class GraphManagerOptions
{
    public const string SectionName = "Graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0/";

    /// <summary>The one tenant the app registration serves (single-tenant); empty: any tenant that consented (multi-tenant).</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Microsoft Entra authority host; empty means the public cloud's.</summary>
    public string? AuthorityHost { get; set; }

    /// <summary>How long a looked-up manager is reused before Graph is asked again.</summary>
    public TimeSpan ManagerCacheDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Manager lookup is on when a client id and secret are configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
