namespace ActionTracker.Teams.Graph;

/// <summary>The <c>Graph</c> section: the Entra app the bot reads meeting transcripts with (app-only), and change notifications.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0/";

    public const string DefaultAuthorityHost = "https://login.microsoftonline.com/";

    /// <summary>The tenant to sign in to; empty means the tenant of the Teams activity (multi-tenant app).</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Where tokens come from: the token endpoint is <c>{AuthorityHost}{tenant}/oauth2/v2.0/token</c> (https only).</summary>
    public string AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary>Secret echoed in every change notification; notifications carrying another value are ignored.</summary>
    public string? NotificationClientState { get; set; }

    /// <summary>The public URL of <c>POST /graph/notifications</c>; empty turns the subscription off.</summary>
    public string? NotificationUrl { get; set; }

    /// <summary>What to subscribe to; the default covers every meeting transcript of <see cref="TenantId"/>.</summary>
    public string SubscriptionResource { get; set; } = "communications/onlineMeetings/getAllTranscripts";

    /// <summary>Subscription lifetime; it is renewed when a third of it is left.</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(55);

    /// <summary>How long a manager looked up for review access is reused before Graph is asked again.</summary>
    public TimeSpan ManagerCacheDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Lets people turn on Microsoft To Do sync (<c>settings todo on</c>); the app then needs Tasks.ReadWrite.All.</summary>
    public bool TodoSyncEnabled { get; set; }

    /// <summary>How often each opted-in person's To Do list is compared with their items.</summary>
    public int SyncIntervalMinutes { get; set; } = 5;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    public bool SubscriptionsEnabled =>
        IsConfigured && !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(NotificationUrl) && !string.IsNullOrWhiteSpace(NotificationClientState);
}
