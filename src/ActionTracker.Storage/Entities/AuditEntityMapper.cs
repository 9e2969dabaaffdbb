using ActionTracker.Core.Audit;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Entities;

internal static class AuditEntityMapper
{
    public static TableEntity ToEntity(string partitionKey, ItemNumber number, int index, AuditEntry entry)
    {
        var entity = new TableEntity(partitionKey, ItemKeys.Audit(number, entry.Revision, index))
        {
            ["Subject"] = entry.Subject,
            ["ActorId"] = entry.Actor.Id,
            ["ActorName"] = entry.Actor.DisplayName,
            ["At"] = entry.At,
            ["Revision"] = entry.Revision,
            ["Field"] = entry.Change.Field,
        };
        if (entry.Change.OldValue is not null)
        {
            entity["Old"] = entry.Change.OldValue;
        }

        if (entry.Change.NewValue is not null)
        {
            entity["New"] = entry.Change.NewValue;
        }

        return entity;
    }

    public static AuditEntry FromEntity(TenantKey tenant, TableEntity entity) => new()
    {
        Tenant = tenant,
        Subject = entity.GetString("Subject") ?? string.Empty,
        Actor = new PersonRef(entity.GetString("ActorId") ?? "unknown", entity.GetString("ActorName") ?? string.Empty),
        At = entity.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        Revision = entity.GetInt32("Revision") ?? 0,
        Change = new FieldChange(entity.GetString("Field") ?? string.Empty, entity.GetString("Old"), entity.GetString("New")),
    };
}
