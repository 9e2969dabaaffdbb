using System.Text.Json;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Reviews;
using ActionTracker.Core.Tenancy;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Entities;

/// <summary>
/// ActionItem ↔ table row. Item rows and their index copies share this shape, so a listing by owner or goal is
/// one range query with no follow-up reads.
/// </summary>
internal static class ActionItemEntityMapper
{
    public static TableEntity ToEntity(ActionItem item, string partitionKey, string rowKey)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["Number"] = item.Number.Value,
            ["Title"] = item.Title,
            ["CreatorId"] = item.Creator.Id,
            ["CreatorName"] = item.Creator.DisplayName,
            ["Status"] = item.Status.ToString(),
            ["IsOpen"] = !item.Status.IsClosed(),
            ["Priority"] = item.Priority.ToString(),
            ["Kind"] = item.Kind.ToString(),
            ["SourceKind"] = item.Source.Kind.ToString(),
            ["CreatedAt"] = item.CreatedAt,
            ["UpdatedAt"] = item.UpdatedAt,
            ["Revision"] = item.Revision,
            ["IsPrivate"] = item.IsPrivate,
        };

        SetIfNotNull(entity, "OwnerId", item.Owner?.Id);
        SetIfNotNull(entity, "OwnerName", item.Owner?.DisplayName);
        if (item.Watchers.Count > 0)
        {
            List<StoredPerson> watchers = item.Watchers.Select(w => new StoredPerson(w.Id, w.DisplayName)).ToList();
            entity["Watchers"] = JsonSerializer.Serialize(watchers, StorageJsonContext.Default.ListStoredPerson);
        }

        if (item.Due is not null)
        {
            entity["DueUtc"] = item.Due.Utc.ToUniversalTime();
            entity["DueTimeZone"] = item.Due.TimeZoneId;
            entity["DueHasTime"] = item.Due.HasTime;
        }

        SetIfNotNull(entity, "Context", item.Context);
        SetIfNotNull(entity, "Notes", item.Notes);
        SetIfNotNull(entity, "StatusReason", item.StatusReason);
        SetIfNotNull(entity, "GoalId", item.GoalId);
        SetIfNotNull(entity, "MilestoneId", item.MilestoneId);
        SetIfNotNull(entity, "SourceQuote", item.Source.Quote);
        if (item.Source.TranscriptTimestamp is { } timestamp)
        {
            entity["SourceTimestampMs"] = (long)timestamp.TotalMilliseconds;
        }

        if (item.Source.Confidence is { } confidence)
        {
            entity["SourceConfidence"] = confidence;
        }

        SetIfNotNull(entity, "MeetingId", item.MeetingId);
        SetIfNotNull(entity, "ConversationId", item.ConversationId);
        SetIfNotNull(entity, "Recurrence", item.Recurrence);
        SetIfNotNull(entity, "ReviewPeriod", item.ReviewPeriod?.ToString());
        if (item.CompletedAt is { } completed)
        {
            entity["CompletedAt"] = completed;
        }

        return entity;
    }

    public static ActionItem FromEntity(TenantKey tenant, TableEntity entity, ETag etag)
    {
        string? ownerId = entity.GetString("OwnerId");
        string? watchersJson = entity.GetString("Watchers");
        DateTimeOffset? dueUtc = entity.GetDateTimeOffset("DueUtc");
        long? timestampMs = entity.GetInt64("SourceTimestampMs");

        return new ActionItem
        {
            Tenant = tenant,
            Number = new ItemNumber(entity.GetInt64("Number") ?? 0),
            Title = entity.GetString("Title") ?? string.Empty,
            Owner = ownerId is null ? null : new PersonRef(ownerId, entity.GetString("OwnerName") ?? ownerId),
            Creator = new PersonRef(entity.GetString("CreatorId") ?? "unknown", entity.GetString("CreatorName") ?? string.Empty),
            Watchers = watchersJson is null
                ? []
                : (JsonSerializer.Deserialize(watchersJson, StorageJsonContext.Default.ListStoredPerson) ?? [])
                    .Select(w => new PersonRef(w.Id, w.Name)).ToList(),
            Status = ParseEnum(entity.GetString("Status"), ItemStatus.Open),
            Priority = ParseEnum(entity.GetString("Priority"), Priority.Normal),
            Kind = ParseEnum(entity.GetString("Kind"), ItemKind.Task),
            Due = dueUtc is null
                ? null
                : new DueDate
                {
                    Utc = dueUtc.Value.ToUniversalTime(),
                    TimeZoneId = entity.GetString("DueTimeZone") ?? "UTC",
                    HasTime = entity.GetBoolean("DueHasTime") ?? false,
                },
            Context = entity.GetString("Context"),
            Notes = entity.GetString("Notes"),
            StatusReason = entity.GetString("StatusReason"),
            GoalId = entity.GetString("GoalId"),
            MilestoneId = entity.GetString("MilestoneId"),
            Source = new ItemSource
            {
                Kind = ParseEnum(entity.GetString("SourceKind"), ItemSourceKind.Command),
                Quote = entity.GetString("SourceQuote"),
                TranscriptTimestamp = timestampMs is null ? null : TimeSpan.FromMilliseconds(timestampMs.Value),
                Confidence = entity.GetDouble("SourceConfidence"),
            },
            MeetingId = entity.GetString("MeetingId"),
            ConversationId = entity.GetString("ConversationId"),
            Recurrence = entity.GetString("Recurrence"),
            ReviewPeriod = ReviewPeriod.TryParse(entity.GetString("ReviewPeriod"), out ReviewPeriod? period) ? period : null,
            IsPrivate = entity.GetBoolean("IsPrivate") ?? false,
            CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            UpdatedAt = entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
            CompletedAt = entity.GetDateTimeOffset("CompletedAt"),
            Revision = entity.GetInt32("Revision") ?? 0,
            Version = etag.ToString(),
        };
    }

    private static void SetIfNotNull(TableEntity entity, string key, string? value)
    {
        if (value is not null)
        {
            entity[key] = value;
        }
    }

    private static TEnum ParseEnum<TEnum>(string? value, TEnum fallback)
        where TEnum : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out TEnum parsed) && Enum.IsDefined(parsed) ? parsed : fallback;
}
