using ActionTracker.Core.Commands;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Execution;

/// <summary>
/// Parses what a person typed (or a button sent) and runs it, identically for every channel. The tenant always comes
/// from the authenticated request, so an id in the text can only ever name something inside that tenant.
/// </summary>
public sealed class CommandExecutor
{
    private readonly ExecutionServices _services;

    public CommandExecutor(
        IActionItemStore items,
        IPersonStore people,
        IDecisionStore decisions,
        IListCursorStore cursors,
        IGoalStore goals,
        ITeamSettingsStore settings,
        IDirectory directory,
        INotifier notifier,
        TimeProvider time,
        IExportStore? exports = null,
        PublicEndpoint? endpoint = null,
        IMeetingStore? meetings = null,
        Work.IWorkQueue? queue = null,
        IManagerDirectory? managers = null,
        IConversationPoster? poster = null,
        IDeliveryStatusStore? deliveries = null,
        IAdminAuditLog? adminAudit = null,
        IPersonDataEraser? eraser = null,
        IIdempotencyStore? claims = null,
        ITodoSyncStore? todoSync = null,
        ITodoTaskClient? todoTasks = null)
    {
        _services = new ExecutionServices(
            items, people, decisions, cursors, goals, settings, directory, notifier, time, exports, endpoint, meetings, queue, managers, poster, deliveries, adminAudit, eraser, claims, todoSync, todoTasks);
    }

    public Task<CommandResult> ExecuteAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteCoreAsync(CommandParser.Parse(text), text, context, cancellationToken);
    }

    public Task<CommandResult> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteCoreAsync(command, null, context, cancellationToken);
    }

    /// <summary>Called on install: the installer becomes the tenant's first admin when it has none.</summary>
    public async Task InstallAsync(TenantKey tenant, PersonRef installer, CancellationToken cancellationToken)
    {
        if ((await _services.People.ListAdminsAsync(tenant, cancellationToken)).Count > 0)
        {
            return;
        }

        Person? stored = await _services.People.GetAsync(tenant, installer.Id, cancellationToken);
        await _services.People.SaveAsync((stored ?? new Person { Tenant = tenant, Ref = installer }) with { IsAdmin = true }, cancellationToken);
    }

    /// <summary>Produces the file behind an export link; null when the token is unknown or expired.</summary>
    public async Task<ExportFile?> RenderExportAsync(string token, CancellationToken cancellationToken)
    {
        if (_services.Exports is null || string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        ExportRequest? request = await _services.Exports.GetAsync(token, cancellationToken);
        return request is null || request.ExpiresAt <= _services.Time.GetUtcNow()
            ? null
            : await ExportHandler.RenderAsync(request, _services, cancellationToken);
    }

    private async Task<CommandResult> ExecuteCoreAsync(ParsedCommand command, string? text, CommandContext context, CancellationToken cancellationToken)
    {
        if (command is ParseFailure failure)
        {
            return CommandResult.Error(failure.Message, failure.Usage, failure.Suggestion);
        }

        if (command is HelpCommand help)
        {
            return HelpHandler.Execute(help);
        }

        try
        {
            Person? stored = IsPreloaded(context)
                ? context.StoredRequester
                : await _services.People.GetAsync(context.Tenant, context.Requester.Id, cancellationToken);
            RequesterProfile requester = RequesterProfile.From(context, stored);
            var access = new ItemAccess(context, requester, _services);
            CommandResult result = await DispatchAsync(command, text, context, requester, access, cancellationToken);
            CommandMetrics.Record(context.Tenant.Value ?? string.Empty, command, result.Succeeded);
            return result;
        }
        catch (StorageUnavailableException)
        {
            return CommandResult.Error(StorageUnavailableException.UserMessage);
        }
    }

    private Task<CommandResult> DispatchAsync(
        ParsedCommand command, string? text, CommandContext context, RequesterProfile requester, ItemAccess access, CancellationToken cancellationToken) =>
        command switch
        {
            AddCommand add => AddHandler.ExecuteAsync(add, text, context, requester, access, _services, cancellationToken),
            ListCommand list => ListHandler.ListAsync(list, context, requester, access, _services, cancellationToken),
            MoreCommand => ListHandler.MoreAsync(context, requester, access, _services, cancellationToken),
            ShowCommand show => ShowHandler.ExecuteAsync(show, context, requester, access, _services, cancellationToken),
            DoneCommand done => StatusHandler.DoneAsync(done, context, requester, access, _services, cancellationToken),
            StartCommand start => StatusHandler.StartAsync(start, context, requester, access, _services, cancellationToken),
            BlockCommand block => StatusHandler.BlockAsync(block, context, requester, access, _services, cancellationToken),
            ReopenCommand reopen => StatusHandler.ReopenAsync(reopen, context, requester, access, _services, cancellationToken),
            CancelCommand cancel => StatusHandler.CancelAsync(cancel, context, requester, access, _services, cancellationToken),
            AssignCommand assign => FieldHandler.AssignAsync(assign, context, requester, access, _services, cancellationToken),
            DueCommand due => FieldHandler.DueAsync(due, context, requester, access, _services, cancellationToken),
            SnoozeCommand snooze => FieldHandler.SnoozeAsync(snooze, context, requester, access, _services, cancellationToken),
            PriorityCommand priority => FieldHandler.PriorityAsync(priority, context, requester, access, _services, cancellationToken),
            EditCommand edit => FieldHandler.EditAsync(edit, context, requester, access, _services, cancellationToken),
            NoteCommand note => FieldHandler.NoteAsync(note, context, requester, access, _services, cancellationToken),
            AcceptCommand accept => OwnershipHandler.AcceptAsync(accept, context, requester, access, _services, cancellationToken),
            DeclineCommand decline => OwnershipHandler.DeclineAsync(decline, context, requester, access, _services, cancellationToken),
            ProposeCommand propose => OwnershipHandler.ProposeAsync(propose, context, requester, access, _services, cancellationToken),
            DecisionCommand decision => DecisionHandler.RecordAsync(decision, context, requester, _services, cancellationToken),
            DecisionsCommand decisions => DecisionHandler.ListAsync(decisions, context, requester, _services, cancellationToken),
            ManagerCommand manager => AdminHandler.SetManagerAsync(manager, context, requester, _services, cancellationToken),
            AdminCommand admin => AdminHandler.ExecuteAsync(admin, context, requester, _services, cancellationToken),
            GoalAddCommand goal => GoalHandler.AddAsync(goal, context, requester, _services, cancellationToken),
            GoalListCommand => GoalHandler.ListAsync(context, requester, _services, cancellationToken),
            GoalShowCommand show => GoalHandler.ShowAsync(show, context, requester, access, _services, cancellationToken),
            MilestoneAddCommand milestone => GoalHandler.AddMilestoneAsync(milestone, context, requester, _services, cancellationToken),
            SettingsCommand settings => SettingsHandler.ExecuteAsync(settings, context, requester, _services, cancellationToken),
            ExportCommand export => ExportHandler.CreateAsync(export, context, requester, _services, cancellationToken),
            AskCommand ask => AskHandler.ExecuteAsync(ask, context, requester, _services, cancellationToken),
            ReviewCommand review => ReviewHandler.ExecuteAsync(review, context, requester, _services, cancellationToken),
            LinkCommand link => GoalHandler.LinkAsync(link, context, requester, access, _services, cancellationToken),
            TranscriptCommand transcript => TranscriptHandler.StartAsync(transcript, context, requester, _services, cancellationToken),
            DraftReviewCommand review => DraftReviewHandler.ExecuteAsync(review, context, requester, _services, cancellationToken),
            ReviewDevelopmentCommand development => ReviewHandler.AddDevelopmentAsync(development, context, requester, access, _services, cancellationToken),
            DigestCommand digest => DigestHandler.ExecuteAsync(digest, context, requester, _services, cancellationToken),
            PrepCommand prep => PrepHandler.ExecuteAsync(prep, context, _services, cancellationToken),
            _ => Task.FromResult(CommandResult.Error("That command is not supported yet.")),
        };

    /// <summary>The profile the channel read for this request, when it is the requester's own in this tenant.</summary>
    private static bool IsPreloaded(CommandContext context) =>
        context.HasStoredRequester
        && (context.StoredRequester is null || (context.StoredRequester.Tenant == context.Tenant && context.StoredRequester.Ref.Id == context.Requester.Id));
}
