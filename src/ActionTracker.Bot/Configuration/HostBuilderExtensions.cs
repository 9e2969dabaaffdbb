using ActionTracker.Bot.Channels;
using ActionTracker.Bot.Scheduling;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Storage;
using ActionTracker.Storage.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Configuration;

internal static class HostBuilderExtensions
{
    /// <summary>Composes the service: options validated at start, storage, the queue worker.</summary>
    public static WebApplicationBuilder AddActionTrackerServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IPostConfigureOptions<StorageOptions>>(new StorageOptionsDefaults(builder.Environment));
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        builder.Services.AddOptions<WorkerOptions>()
            .Bind(builder.Configuration.GetSection(WorkerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddOptions<SchedulerOptions>()
            .Bind(builder.Configuration.GetSection(SchedulerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReminderSweep>();
        builder.Services.AddSingleton<LeaseCleanupSweep>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<SchedulerOptions>>().Value.Timing());
        builder.Services.AddSingleton<DigestSweep>();
        builder.Services.AddHostedService<ReminderHostedService>();

        builder.Services.AddActionTrackerStorage();
        builder.Services.AddSingleton<ChannelRouter>();
        builder.Services.AddSingleton<IDirectory>(sp => sp.GetRequiredService<ChannelRouter>());
        builder.Services.AddSingleton<INotifier>(sp => sp.GetRequiredService<ChannelRouter>());
        builder.Services.AddSingleton<IConversationPoster>(sp => sp.GetRequiredService<ChannelRouter>());
        builder.Services.AddOptions<BotOptions>()
            .Bind(builder.Configuration.GetSection(BotOptions.SectionName))
            .Validate(o => o.ParsedPublicBaseUrl() is not null, "Bot:PublicBaseUrl must be an absolute http(s) URL.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new PublicEndpoint(sp.GetRequiredService<IOptions<BotOptions>>().Value.ParsedPublicBaseUrl()!));
        builder.Services.AddSingleton<CommandExecutor>();
        builder.Services.AddSingleton<ActionTracker.Core.Work.IWorkHandler, ActionTracker.Core.Meetings.TranscriptWorkHandler>();
        ActionTracker.Bot.Extraction.ExtractionServiceCollectionExtensions.AddActionTrackerExtraction(builder.Services, builder.Configuration);
        builder.Services.AddOptions<TranscriptOptions>()
            .Bind(builder.Configuration.GetSection(TranscriptOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<TranscriptOptions>>().Value.ToRetention());
        builder.Services.AddSingleton<ActionTracker.Core.Meetings.TranscriptRetentionSweep>();

        // Channels: each adds its gateway, handlers and options here.
        ActionTracker.Teams.DependencyInjection.TeamsServiceCollectionExtensions.AddActionTrackerTeams(builder.Services, builder.Configuration, builder.Environment);
        ActionTracker.Slack.DependencyInjection.SlackServiceCollectionExtensions.AddActionTrackerSlack(builder.Services, builder.Configuration);
        builder.Services.AddHostedService<WorkQueueHostedService>();
        builder.Services.AddSingleton<ActionTracker.Core.Sync.TodoSyncSweep>();
        builder.Services.AddSingleton<ActionTracker.Core.Work.IWorkHandler, ActionTracker.Core.Sync.TodoSyncWorkHandler>();
        builder.Services.AddHostedService<TodoSyncHostedService>();
        ActionTracker.Bot.Telemetry.TelemetrySetup.AddActionTrackerTelemetry(builder);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Protocol JSON never carries nulls: some clients reject "text": null.
            options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, BotJsonContext.Default);
        });
        return builder;
    }
}
