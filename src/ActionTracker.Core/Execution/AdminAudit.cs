using ActionTracker.Core.Ports;

namespace ActionTracker.Core.Execution;

/// <summary>Writes an admin action to the tenant's admin log, when the installation keeps one.</summary>
internal static class AdminAudit
{
    public static Task RecordAsync(CommandContext context, RequesterProfile requester, ExecutionServices services, string action, string detail, CancellationToken cancellationToken) =>
        services.AdminAudit is null
            ? Task.CompletedTask
            : services.AdminAudit.AppendAsync(
                new AdminAuditEntry { Tenant = context.Tenant, Actor = requester.Person, At = services.Time.GetUtcNow(), Action = action, Detail = detail },
                cancellationToken);
}
