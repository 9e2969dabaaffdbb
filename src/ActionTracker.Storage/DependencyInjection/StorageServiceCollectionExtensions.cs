using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using ActionTracker.Storage.Leases;
using ActionTracker.Storage.Queues;
using ActionTracker.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActionTracker.Storage.DependencyInjection;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the Table/Queue Storage implementations of Core's store ports. Options are bound by the host.</summary>
    public static IServiceCollection AddActionTrackerStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageTables>();
        services.AddSingleton<StorageQueues>();
        services.AddSingleton<TableDueIndex>();
        services.AddSingleton<IDueIndex>(sp => sp.GetRequiredService<TableDueIndex>());
        services.AddSingleton<IActionItemStore, TableActionItemStore>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        services.AddSingleton<IPersonStore, TablePersonStore>();
        services.AddSingleton<ITeamSettingsStore, TableTeamSettingsStore>();
        services.AddSingleton<IDecisionStore, TableDecisionStore>();
        services.AddSingleton<IListCursorStore, TableListCursorStore>();
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<IGoalStore, TableGoalStore>();
        services.AddSingleton<IExportStore, TableExportStore>();
        services.AddSingleton<IInstallationStore, TableInstallationStore>();
        services.AddSingleton<IMeetingStore, TableMeetingStore>();
        services.AddSingleton<IWorkQueue, QueueWorkQueue>();
        services.AddSingleton<WorkQueueProcessor>();
        services.AddSingleton<IQueuedWorkRunner>(sp => sp.GetRequiredService<WorkQueueProcessor>());
        services.AddSingleton<IStorageHealthProbe, StorageHealthProbe>();
        services.AddSingleton<ILeaseStore, TableLeaseStore>();
        services.AddSingleton<IDeliveryStatusStore, TableDeliveryStatusStore>();
        services.AddSingleton<IAdminAuditLog, TableAdminAuditLog>();
        services.AddSingleton<IPersonDataEraser, TablePersonDataEraser>();
        services.AddSingleton<ITodoSyncStore, TableTodoSyncStore>();
        return services;
    }
}
