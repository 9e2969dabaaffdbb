namespace ActionTracker.Slack;

/// <summary>The <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public string? SigningSecret { get; set; }

    /// <summary>Requests for any other app id are refused.</summary>
    public string? AppId { get; set; }

    /// <summary>Bot token for a single-workspace install; OAuth installs store their tokens instead.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// Single-workspace mode: the workspace (or, for an org-wide token, the enterprise) id Slack:BotToken belongs to.
    /// When set, requests from any other workspace are treated as not installed.
    /// </summary>
    public string? TeamId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>App-level token for Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Base of every Web API call; the method name is appended.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    public Uri OAuthAuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    public IList<string> AllowedResponseUrlHosts { get; } = ["hooks.slack.com"];
}
