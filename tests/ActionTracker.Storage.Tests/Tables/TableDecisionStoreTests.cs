using ActionTracker.Core.Decisions;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TableDecisionStoreTests : IAsyncDisposable
{
    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Create_NumbersPerTenantAndListsNewestFirst()
    {
        TenantKey tenant = Items.NewTenant();
        IDecisionStore store = _storage.Get<IDecisionStore>();
        DateTimeOffset monday = _storage.Time.GetUtcNow();

        StoreResult<Decision> first = await store.CreateAsync(Decision(tenant, "Ship v2 in March", monday), CancellationToken.None);
        StoreResult<Decision> second = await store.CreateAsync(Decision(tenant, "Hire two engineers", monday.AddDays(2)), CancellationToken.None);
        StoreResult<Decision> otherTenant = await store.CreateAsync(Decision(Items.NewTenant(), "Elsewhere", monday), CancellationToken.None);
        ResultPage<Decision> all = await store.ListAsync(tenant, null, null, 10, CancellationToken.None);
        ResultPage<Decision> recent = await store.ListAsync(tenant, monday.AddDays(1), null, 10, CancellationToken.None);

        Assert.Equal((1, 2, 1), (first.Value!.Number, second.Value!.Number, otherTenant.Value!.Number));
        Assert.Equal(["Hire two engineers", "Ship v2 in March"], all.Items.Select(d => d.Text));
        Assert.Equal("Hire two engineers", Assert.Single(recent.Items).Text);
    }

    [Fact]
    public async Task Create_TextOver2000Characters_IsRefused()
    {
        StoreResult<Decision> result = await _storage.Get<IDecisionStore>().CreateAsync(Decision(Items.NewTenant(), new string('d', 2001), _storage.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(StoreOutcome.Invalid, result.Outcome);
        Assert.Contains("2000", result.Message, StringComparison.Ordinal);
    }

    private static Decision Decision(TenantKey tenant, string text, DateTimeOffset at) => new()
    {
        Tenant = tenant,
        Text = text,
        RecordedBy = Items.Tom,
        DecidedAt = at,
        ConversationId = "19:leadership",
    };
}
