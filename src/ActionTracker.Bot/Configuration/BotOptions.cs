namespace ActionTracker.Bot.Configuration;

/// <summary>The <c>Bot</c> section.</summary>
internal sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Where people's browsers reach this service (export links).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978/";

    public Uri? ParsedPublicBaseUrl() =>
        Uri.TryCreate(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/", UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;
}
