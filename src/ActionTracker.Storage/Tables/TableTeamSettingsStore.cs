using System.Globalization;
using System.Text.Json;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;

namespace ActionTracker.Storage.Tables;

/// <summary>Settings table: PartitionKey = tenant, RowKey = escaped conversation id, one JSON document per team.</summary>
internal sealed class TableTeamSettingsStore : ITeamSettingsStore
{
    private readonly StorageTables _tables;

    public TableTeamSettingsStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<TeamSettings?> GetAsync(TenantKey tenant, string conversationId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var table = await _tables.GetAsync(TableNames.Settings, cancellationToken);
                var row = await DocumentRows.GetAsync(table, KeyEncoder.Encode(tenant.Value), KeyEncoder.Encode(conversationId), cancellationToken);
                if (row is not { } found || JsonSerializer.Deserialize(found.Json, StorageJsonContext.Default.StoredTeamSettings) is not { } stored)
                {
                    return null;
                }

                return FromStored(tenant, stored, found.Version);
            },
            cancellationToken);

    public Task<IReadOnlyList<TeamSettings>> ListWithLeadershipAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<TeamSettings>>(
            async () =>
            {
                // The scheduler's work list spans tenants; teams with a leadership channel carry a queryable flag.
                var table = await _tables.GetAsync(TableNames.Settings, cancellationToken);
                string filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"HasLeadership eq {true}");
                var rows = await TableQueries.ReadAllAsync(table, filter, cancellationToken);
                var teams = new List<TeamSettings>();
                foreach (var row in rows)
                {
                    if (TenantKey.TryParse(KeyEncoder.Decode(row.PartitionKey), out TenantKey tenant)
                        && JsonSerializer.Deserialize(row.GetString(DocumentRows.Column) ?? "null", StorageJsonContext.Default.StoredTeamSettings) is { } stored)
                    {
                        teams.Add(FromStored(tenant, stored, row.ETag.ToString()));
                    }
                }

                return teams;
            },
            cancellationToken);

    private static TeamSettings FromStored(TenantKey tenant, StoredTeamSettings stored, string version) =>
                new TeamSettings
                {
                    Tenant = tenant,
                    ConversationId = stored.ConversationId,
                    LeadershipConversationId = stored.LeadershipConversationId,
                    DigestSchedule = stored.DigestSchedule,
                    TimeZoneId = stored.TimeZoneId,
                    Reminders = new ReminderLadder
                    {
                        DaysBefore = stored.ReminderDaysBefore,
                        OverdueRepeatDays = stored.OverdueRepeatDays,
                        EscalateAfterDays = stored.EscalateAfterDays,
                    },
                    QuietHours = stored.QuietStart is null || stored.QuietEnd is null
                        ? null
                        : new QuietHours(
                            TimeOnly.ParseExact(stored.QuietStart, "HH:mm", CultureInfo.InvariantCulture),
                            TimeOnly.ParseExact(stored.QuietEnd, "HH:mm", CultureInfo.InvariantCulture)),
                    Version = version,
                };

    public Task<StoreResult<TeamSettings>> SaveAsync(TeamSettings settings, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(settings);
                if (!KeyEncoder.TryEncode(settings.ConversationId, out string? rowKey, out string? error))
                {
                    return StoreResult<TeamSettings>.Invalid(error);
                }

                var stored = new StoredTeamSettings
                {
                    ConversationId = settings.ConversationId,
                    LeadershipConversationId = settings.LeadershipConversationId,
                    DigestSchedule = settings.DigestSchedule,
                    TimeZoneId = settings.TimeZoneId,
                    ReminderDaysBefore = settings.Reminders.DaysBefore.ToList(),
                    OverdueRepeatDays = settings.Reminders.OverdueRepeatDays,
                    EscalateAfterDays = settings.Reminders.EscalateAfterDays,
                    QuietStart = settings.QuietHours?.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    QuietEnd = settings.QuietHours?.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                };
                var table = await _tables.GetAsync(TableNames.Settings, cancellationToken);
                string json = JsonSerializer.Serialize(stored, StorageJsonContext.Default.StoredTeamSettings);
                string? etag = await DocumentRows.SaveAsync(
                    table, KeyEncoder.Encode(settings.Tenant.Value), rowKey, json, settings.Version, cancellationToken,
                    new Dictionary<string, object> { ["HasLeadership"] = settings.LeadershipConversationId is not null });
                return etag is null
                    ? StoreResult<TeamSettings>.Conflict("The team settings were changed by someone else; nothing was changed.")
                    : StoreResult<TeamSettings>.Ok(settings with { Version = etag });
            },
            cancellationToken);
}
