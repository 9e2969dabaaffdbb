using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TablePersonStoreTests : IAsyncDisposable
{
    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Save_RoundTripsProfileAndDetectsConcurrentEdits()
    {
        TenantKey tenant = Items.NewTenant();
        var person = new Person { Tenant = tenant, Ref = Items.Maria, TimeZoneId = "Europe/Berlin", Manager = Items.Tom };

        StoreResult<Person> saved = await _storage.People.SaveAsync(person, CancellationToken.None);
        Person? read = await _storage.People.GetAsync(tenant, Items.Maria.Id, CancellationToken.None);
        StoreResult<Person> updated = await _storage.People.SaveAsync(read! with { TimeZoneId = "Asia/Tokyo" }, CancellationToken.None);
        StoreResult<Person> stale = await _storage.People.SaveAsync(read! with { TimeZoneId = "UTC" }, CancellationToken.None);
        StoreResult<Person> duplicate = await _storage.People.SaveAsync(person, CancellationToken.None);

        Assert.True(saved.IsOk);
        Assert.Equal(("Europe/Berlin", Items.Tom), (read!.TimeZoneId, read.Manager));
        Assert.True(updated.IsOk);
        Assert.Equal(StoreOutcome.Conflict, stale.Outcome);
        Assert.Equal(StoreOutcome.Conflict, duplicate.Outcome);
        Assert.Equal("Asia/Tokyo", (await _storage.People.GetAsync(tenant, Items.Maria.Id, CancellationToken.None))!.TimeZoneId);
    }

    [Fact]
    public async Task ListAdmins_ReturnsOnlyAdminsOfTheTenant()
    {
        TenantKey tenant = Items.NewTenant();
        await _storage.People.SaveAsync(new Person { Tenant = tenant, Ref = Items.Maria, IsAdmin = true }, CancellationToken.None);
        await _storage.People.SaveAsync(new Person { Tenant = tenant, Ref = Items.Tom }, CancellationToken.None);
        await _storage.People.SaveAsync(new Person { Tenant = Items.NewTenant(), Ref = Items.Tom, IsAdmin = true }, CancellationToken.None);

        IReadOnlyList<Person> admins = await _storage.People.ListAdminsAsync(tenant, CancellationToken.None);

        Assert.Equal(Items.Maria, Assert.Single(admins).Ref);
    }
}
