namespace ActionTracker.Teams;

/// <summary>The <c>Teams</c> configuration section (Bot Framework app registration and endpoints).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Microsoft App ID of the bot registration; empty disables the channel (or, in Development only, skips auth).</summary>
    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    /// <summary>Set for single-tenant app registrations; empty means multi-tenant.</summary>
    public string? AppTenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Token endpoint for outbound calls; derived from the app type when empty.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>Host patterns (e.g. <c>*.botframework.com</c>) the bot will send replies to.</summary>
    public IList<string> AllowedServiceUrlHosts { get; } = ["smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com"];
}
