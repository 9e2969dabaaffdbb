using System.Globalization;
using System.Text.Json;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;

namespace ActionTracker.Storage.Tables;

/// <summary>People table: PartitionKey = tenant, RowKey = escaped platform user id, one JSON document per person.</summary>
internal sealed class TablePersonStore : IPersonStore
{
    private readonly StorageTables _tables;

    public TablePersonStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<Person?> GetAsync(TenantKey tenant, string personId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var table = await _tables.GetAsync(TableNames.People, cancellationToken);
                var row = await DocumentRows.GetAsync(table, KeyEncoder.Encode(tenant.Value), KeyEncoder.Encode(personId), cancellationToken);
                if (row is not { } found || JsonSerializer.Deserialize(found.Json, StorageJsonContext.Default.StoredPersonProfile) is not { } stored)
                {
                    return null;
                }

                return ToPerson(tenant, stored, found.Version);
            },
            cancellationToken);

    public Task<IReadOnlyList<Person>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<Person>>(
            async () =>
            {
                string wanted = nameOrEmail.Trim();
                if (wanted.Length == 0)
                {
                    return [];
                }

                // A tenant's people are one partition of at most a few thousand small rows; read it and match here.
                var table = await _tables.GetAsync(TableNames.People, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                string filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
                var rows = await TableQueries.ReadAllAsync(table, filter, cancellationToken);
                return rows
                    .Select(row => (Row: row, Stored: JsonSerializer.Deserialize(row.GetString(DocumentRows.Column) ?? "null", StorageJsonContext.Default.StoredPersonProfile)))
                    .Where(r => r.Stored is not null && Matches(r.Stored, wanted))
                    .Select(r => ToPerson(tenant, r.Stored!, r.Row.ETag.ToString()))
                    .ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<Person>> ListAdminsAsync(TenantKey tenant, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<Person>>(
            async () =>
            {
                var table = await _tables.GetAsync(TableNames.People, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                string filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {partition} and IsAdmin eq {true}");
                var rows = await TableQueries.ReadAllAsync(table, filter, cancellationToken);
                return rows
                    .Select(row => (Row: row, Stored: JsonSerializer.Deserialize(row.GetString(DocumentRows.Column) ?? "null", StorageJsonContext.Default.StoredPersonProfile)))
                    .Where(r => r.Stored is not null)
                    .Select(r => ToPerson(tenant, r.Stored!, r.Row.ETag.ToString()))
                    .ToList();
            },
            cancellationToken);

    public Task<StoreResult<Person>> SaveAsync(Person person, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(person);
                if (!KeyEncoder.TryEncode(person.Ref.Id, out string? rowKey, out string? error))
                {
                    return StoreResult<Person>.Invalid(error);
                }

                var table = await _tables.GetAsync(TableNames.People, cancellationToken);
                string json = JsonSerializer.Serialize(ToStored(person), StorageJsonContext.Default.StoredPersonProfile);
                string? etag = await DocumentRows.SaveAsync(
                    table, KeyEncoder.Encode(person.Tenant.Value), rowKey, json, person.Version, cancellationToken,
                    new Dictionary<string, object> { ["IsAdmin"] = person.IsAdmin });
                return etag is null
                    ? StoreResult<Person>.Conflict($"{person.Ref.DisplayName}'s profile was changed by someone else; nothing was changed.")
                    : StoreResult<Person>.Ok(person with { Version = etag });
            },
            cancellationToken);

    private static bool Matches(StoredPersonProfile person, string wanted) =>
        string.Equals(person.Id, wanted, StringComparison.OrdinalIgnoreCase)
        || string.Equals(person.Email, wanted, StringComparison.OrdinalIgnoreCase)
        || person.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase);

    private static StoredPersonProfile ToStored(Person person) => new()
    {
        Id = person.Ref.Id,
        Name = person.Ref.DisplayName,
        Email = person.Email,
        TimeZoneId = person.TimeZoneId,
        WorkStart = person.WorkingHours.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        WorkEnd = person.WorkingHours.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        WorkDays = person.WorkingHours.Days.ToList(),
        DirectMessageReference = person.DirectMessageReference,
        Manager = person.Manager is null ? null : new StoredPerson(person.Manager.Id, person.Manager.DisplayName),
        IsAdmin = person.IsAdmin,
        MutedUntil = person.MutedUntil,
    };

    private static Person ToPerson(TenantKey tenant, StoredPersonProfile stored, string version) => new()
    {
        Tenant = tenant,
        Ref = new PersonRef(stored.Id, stored.Name),
        Email = stored.Email,
        TimeZoneId = stored.TimeZoneId,
        WorkingHours = new WorkingHours
        {
            Start = TimeOnly.ParseExact(stored.WorkStart, "HH:mm", CultureInfo.InvariantCulture),
            End = TimeOnly.ParseExact(stored.WorkEnd, "HH:mm", CultureInfo.InvariantCulture),
            Days = stored.WorkDays,
        },
        DirectMessageReference = stored.DirectMessageReference,
        Manager = stored.Manager is null ? null : new PersonRef(stored.Manager.Id, stored.Manager.Name),
        IsAdmin = stored.IsAdmin,
        MutedUntil = stored.MutedUntil,
        Version = version,
    };
}
