using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TableDeliveryStatusStoreTests : IAsyncDisposable
{
    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    private IDeliveryStatusStore Deliveries => _storage.Get<IDeliveryStatusStore>();

    [Fact]
    public async Task ListUnreachable_OnlyPermanentFailuresOfThatTenant()
    {
        TenantKey tenant = Items.NewTenant();
        TenantKey other = Items.NewTenant();
        DateTimeOffset now = _storage.Time.GetUtcNow();
        await Deliveries.SaveAsync(new DeliveryFailure(tenant, "U/left", "Lee \"Left\"", "user_not_found", 1, now, now.AddDays(7), Permanent: true), CancellationToken.None);
        await Deliveries.SaveAsync(new DeliveryFailure(tenant, "U2", "Tia", "http_500", 2, now, now.AddMinutes(10), Permanent: false), CancellationToken.None);
        await Deliveries.SaveAsync(new DeliveryFailure(other, "U3", "Ola", "account_inactive", 1, now, now.AddDays(7), Permanent: true), CancellationToken.None);

        IReadOnlyList<DeliveryFailure> unreachable = await Deliveries.ListUnreachableAsync(tenant, CancellationToken.None);

        DeliveryFailure only = Assert.Single(unreachable);
        Assert.Equal(new DeliveryFailure(tenant, "U/left", "Lee \"Left\"", "user_not_found", 1, now, now.AddDays(7), true), only);
    }

    [Fact]
    public async Task Clear_RemovesTheRecordAndIsIdempotent()
    {
        TenantKey tenant = Items.NewTenant();
        DateTimeOffset now = _storage.Time.GetUtcNow();
        await Deliveries.SaveAsync(new DeliveryFailure(tenant, "U1", "Una", "http_503", 3, now, now.AddMinutes(20), false), CancellationToken.None);

        await Deliveries.ClearAsync(tenant, "U1", CancellationToken.None);
        await Deliveries.ClearAsync(tenant, "U1", CancellationToken.None);

        Assert.Null(await Deliveries.GetAsync(tenant, "U1", CancellationToken.None));
    }
}
