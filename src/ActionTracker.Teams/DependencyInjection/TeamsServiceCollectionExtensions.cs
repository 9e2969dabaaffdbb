using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using ActionTracker.Teams.Auth;
using ActionTracker.Teams.Connector;
using ActionTracker.Teams.Graph;
using ActionTracker.Teams.Handlers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.DependencyInjection;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams channel: validated options, the activity handler, connector clients and the gateway. Without
    /// Teams:AppId it answers 401 to everything, except in Development where auth is skipped (logged loudly).
    /// </summary>
    public static IServiceCollection AddActionTrackerTeams(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        bool isDevelopment = environment.IsDevelopment();
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>>(new TeamsOptionsValidator(isDevelopment));

        services.AddHttpClient(SigningKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(BotTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));

        services.AddSingleton(sp =>
        {
            TeamsOptions options = sp.GetRequiredService<IOptions<TeamsOptions>>().Value;
            ILogger logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("ActionTracker.Teams");
            if (!string.IsNullOrEmpty(options.AppId))
            {
                return new TeamsAuthPolicy(TeamsAuthMode.Validate);
            }

            if (isDevelopment)
            {
                Log.AuthDisabled(logger);
                return new TeamsAuthPolicy(TeamsAuthMode.SkipForDevelopment);
            }

            Log.ChannelDisabled(logger);
            return new TeamsAuthPolicy(TeamsAuthMode.RejectAll);
        });
        services.AddHostedService<TeamsStartupLog>();
        services.AddSingleton(sp => new ServiceUrlPolicy(sp.GetRequiredService<IOptions<TeamsOptions>>().Value.AllowedServiceUrlHosts, isDevelopment));
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ReferenceRecorder>();
        services.AddSingleton<ActivityProcessor>();
        services.AddSingleton<TeamsActivityHandler>();
        services.AddSingleton<IWorkHandler, ActivityWorkHandler>();
        services.AddSingleton<IWorkHandler, CardUpdateWorkHandler>();
        services.AddSingleton<TeamsGateway>();
        services.AddSingleton<IChannelGateway>(sp => sp.GetRequiredService<TeamsGateway>());

        // Transcripts: meetingEnd and Graph change notifications, files sent in personal chat.
        services.AddOptions<Graph.GraphOptions>().Bind(configuration.GetSection(Graph.GraphOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Graph.GraphOptions>, Graph.GraphOptionsValidator>();
        services.AddHttpClient(Graph.GraphClients.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddHttpClient(TeamsFileSource.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<Graph.GraphClients>();
        services.AddSingleton<TeamsTranscripts>();
        services.AddSingleton<ITranscriptSource, Graph.GraphTranscriptSource>();
        services.AddSingleton<ITranscriptSource, TeamsFileSource>();
        services.AddSingleton<Graph.GraphNotificationHandler>();
        services.AddSingleton<IWorkHandler, Graph.GraphTranscriptWorkHandler>();
        services.AddSingleton<Graph.GraphSubscriptionService>();
        services.AddHostedService(sp => sp.GetRequiredService<Graph.GraphSubscriptionService>());

        // Reviews ask Graph for a person's manager when app-only Graph credentials are configured (else it answers null), through the same Graph clients.
        services.AddSingleton<GraphManagerDirectory>();
        services.AddSingleton<IManagerDirectory>(sp => sp.GetRequiredService<GraphManagerDirectory>());

        // Microsoft To Do sync (off unless Graph:TodoSyncEnabled; then per person with `settings todo on`).
        services.AddSingleton<ITodoTaskClient>(sp => new GraphTodoTaskClient(
            sp.GetRequiredService<GraphClients>(), sp.GetRequiredService<IOptions<TeamsOptions>>(), sp.GetService<Core.Execution.PublicEndpoint>()));

        return services;
    }
}
