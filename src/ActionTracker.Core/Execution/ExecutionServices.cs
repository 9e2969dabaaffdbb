using ActionTracker.Core.Ports;

namespace ActionTracker.Core.Execution;

/// <summary>The ports and clock every command handler works with.</summary>
internal sealed record ExecutionServices(
    IActionItemStore Items,
    IPersonStore People,
    IDecisionStore Decisions,
    IListCursorStore Cursors,
    IGoalStore Goals,
    ITeamSettingsStore Settings,
    IDirectory Directory,
    INotifier Notifier,
    TimeProvider Time,
    IExportStore? Exports = null,
    PublicEndpoint? Endpoint = null,
    IMeetingStore? Meetings = null,
    ActionTracker.Core.Work.IWorkQueue? Queue = null,
    IManagerDirectory? Managers = null,
    IConversationPoster? Poster = null,
    IDeliveryStatusStore? Deliveries = null,
    IAdminAuditLog? AdminAudit = null,
    IPersonDataEraser? Eraser = null,
    IIdempotencyStore? Claims = null,
    ITodoSyncStore? TodoSync = null,
    ITodoTaskClient? TodoTasks = null);
