using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>The Installations table through the host's registration, over real Azurite.</summary>
public sealed class TableInstallationStoreTests
{
    private static readonly TenantKey Tenant = TenantKey.ForSlack("T0STORE01", null, false);

    [Fact]
    public async Task Save_WithKey_TokenEncryptedAtRestAndRoundTrips()
    {
        await using var factory = new BotFactory(settings: new Dictionary<string, string?> { ["Storage:EncryptionKey"] = "k1" });
        IInstallationStore store = factory.Services.GetRequiredService<IInstallationStore>();

        await store.SaveAsync(new Installation { Tenant = Tenant, BotToken = "xoxb-secret-token", BotUserId = "UBOT", InstalledAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);

        Assert.Equal("xoxb-secret-token", (await store.GetAsync(Tenant, CancellationToken.None))?.BotToken);
        var table = new TableClient(BotFactory.StorageConnectionString, factory.Unique + "Installations");
        await foreach (TableEntity row in table.QueryAsync<TableEntity>())
        {
            foreach (KeyValuePair<string, object> pair in row)
            {
                object value = pair.Value;
                string text = value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : value?.ToString() ?? string.Empty;
                Assert.DoesNotContain("xoxb-secret-token", text, StringComparison.Ordinal);
            }
        }

        Assert.True(await store.DeleteAsync(Tenant, CancellationToken.None));
        Assert.Null(await store.GetAsync(Tenant, CancellationToken.None));
        Assert.False(await store.DeleteAsync(Tenant, CancellationToken.None));
    }

    [Fact]
    public async Task Save_WithoutKey_Refused()
    {
        await using var factory = new BotFactory();
        IInstallationStore store = factory.Services.GetRequiredService<IInstallationStore>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(
            new Installation { Tenant = Tenant, BotToken = "xoxb-secret-token", InstalledAt = DateTimeOffset.UnixEpoch }, CancellationToken.None));

        Assert.Null(await store.GetAsync(Tenant, CancellationToken.None));
    }

    [Fact]
    public async Task Get_OtherKey_NotInstalled()
    {
        string unique;
        await using (var writer = new BotFactory(settings: new Dictionary<string, string?> { ["Storage:EncryptionKey"] = "k1" }))
        {
            unique = writer.Unique;
            await writer.Services.GetRequiredService<IInstallationStore>().SaveAsync(
                new Installation { Tenant = Tenant, BotToken = "xoxb-secret-token", InstalledAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        }

        await using var reader = new BotFactory(settings: new Dictionary<string, string?> { ["Storage:EncryptionKey"] = "k2", ["Storage:TablePrefix"] = unique });
        IInstallationStore store = reader.Services.GetRequiredService<IInstallationStore>();

        Assert.Null(await store.GetAsync(Tenant, CancellationToken.None));
    }
}
