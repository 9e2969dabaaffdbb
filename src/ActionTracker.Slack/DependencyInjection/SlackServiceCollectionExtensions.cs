using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using ActionTracker.Slack.Handlers;
using ActionTracker.Slack.OAuth;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.DependencyInjection;

public static class SlackServiceCollectionExtensions
{
    public const string HttpClientName = "slack";

    /// <summary>Slack options (validated at start), the Web API client, request handlers, the gateway and the event worker.</summary>
    public static IServiceCollection AddActionTrackerSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();

        // No resilience handler: POSTs must not be re-sent blindly; the client honours 429 itself.
        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(sp => new SlackApiClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SlackApiClient>>()));
        services.AddSingleton<SlackAuthenticator>();
        services.AddSingleton<SlackTokens>();
        services.AddSingleton<SlackLookupCache>();
        services.AddSingleton<SlackProfileLookup>();
        services.AddSingleton<SlackContextBuilder>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<InteractivityHandler>();
        services.AddSingleton<EventsHandler>();
        services.AddSingleton<SlackOAuthHandler>();
        services.AddSingleton<IWorkHandler, SlackEventWorkHandler>();
        services.AddSingleton<IWorkHandler, SlackProfileWorkHandler>();
        services.AddSingleton<IChannelGateway, SlackGateway>();
        services.AddSingleton<SlackTranscripts>();
        services.AddSingleton<ITranscriptSource, SlackFileSource>();
        services.AddHostedService<SocketModeService>();
        return services;
    }
}
