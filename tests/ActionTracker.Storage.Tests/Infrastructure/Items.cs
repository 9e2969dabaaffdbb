using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Storage.Tests.Infrastructure;

/// <summary>Test data builders.</summary>
internal static class Items
{
    public static readonly PersonRef Maria = new("29:maria", "Maria Garcia");
    public static readonly PersonRef Tom = new("29:tom", "Tom Lee");

    public static TenantKey NewTenant() => TenantKey.ForTeams(Guid.NewGuid().ToString());

    public static ActionItem Draft(TenantKey tenant, string title = "Send the pricing deck", PersonRef? owner = null, DateTimeOffset? due = null) => new()
    {
        Tenant = tenant,
        Title = title,
        Owner = owner ?? Maria,
        Creator = Tom,
        Due = due is null ? null : new DueDate { Utc = due.Value, TimeZoneId = "Europe/Berlin" },
        ConversationId = "19:leadership@thread.tacv2",
    };
}
