using System.Security.Cryptography;
using System.Text;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Installations table: PartitionKey = tenant, RowKey "install". The bot token is sealed with AES-GCM under a key
/// derived (SHA-256) from Storage:EncryptionKey, with the tenant key as associated data so a row copied to another
/// tenant does not decrypt. Without a configured key no token is ever written.
/// </summary>
internal sealed class TableInstallationStore : IInstallationStore
{
    private const string TableName = "Installations";
    private const string RowKey = "install";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly StorageTables _tables;
    private readonly byte[]? _key;

    public TableInstallationStore(StorageTables tables, IOptions<StorageOptions> options)
    {
        _tables = tables;
        string? secret = options.Value.EncryptionKey;
        _key = string.IsNullOrEmpty(secret) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    public Task<Installation?> GetAsync(TenantKey tenant, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableName, cancellationToken);
                NullableResponse<TableEntity> found = await table.GetEntityIfExistsAsync<TableEntity>(
                    KeyEncoder.Encode(tenant.Value), RowKey, cancellationToken: cancellationToken);
                if (!found.HasValue || _key is null)
                {
                    return null;
                }

                TableEntity row = found.Value!;
                string? token = Open(row.GetBinary("Token"), tenant);
                if (token is null)
                {
                    // Sealed under another key: treat as not installed rather than fail every request.
                    return null;
                }

                string? installerId = row.GetString("InstalledById");
                return new Installation
                {
                    Tenant = tenant,
                    BotToken = token,
                    BotUserId = row.GetString("BotUserId"),
                    AppId = row.GetString("AppId"),
                    InstalledBy = PersonRef.IsValidId(installerId) ? new PersonRef(installerId!, row.GetString("InstalledByName") ?? installerId!) : null,
                    InstalledAt = row.GetDateTimeOffset("InstalledAt") ?? DateTimeOffset.MinValue,
                    Version = row.ETag.ToString(),
                };
            },
            cancellationToken);

    public Task SaveAsync(Installation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        if (_key is null)
        {
            throw new InvalidOperationException("Storage:EncryptionKey is not configured, so platform tokens cannot be stored.");
        }

        return StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableName, cancellationToken);
                var row = new TableEntity(KeyEncoder.Encode(installation.Tenant.Value), RowKey)
                {
                    ["Token"] = Seal(installation.BotToken, installation.Tenant),
                    ["BotUserId"] = installation.BotUserId,
                    ["AppId"] = installation.AppId,
                    ["InstalledById"] = installation.InstalledBy?.Id,
                    ["InstalledByName"] = installation.InstalledBy?.DisplayName,
                    ["InstalledAt"] = installation.InstalledAt,
                };

                // A re-install replaces the previous token: the newest grant is the only valid one.
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            },
            cancellationToken);
    }

    public Task<bool> DeleteAsync(TenantKey tenant, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableName, cancellationToken);
                try
                {
                    Response response = await table.DeleteEntityAsync(KeyEncoder.Encode(tenant.Value), RowKey, ETag.All, cancellationToken);
                    return response.Status != 404;
                }
                catch (RequestFailedException exception) when (exception.Status == 404)
                {
                    return false;
                }
            },
            cancellationToken);

    private byte[] Seal(string token, TenantKey tenant)
    {
        byte[] plain = Encoding.UTF8.GetBytes(token);
        byte[] sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        Span<byte> nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key!, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(tenant.Value));
        return sealedBytes;
    }

    private string? Open(byte[]? sealedBytes, TenantKey tenant)
    {
        if (sealedBytes is null || sealedBytes.Length < NonceSize + TagSize)
        {
            return null;
        }

        byte[] plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key!, TagSize);
        try
        {
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceSize),
                sealedBytes.AsSpan(NonceSize + TagSize),
                sealedBytes.AsSpan(NonceSize, TagSize),
                plain,
                Encoding.UTF8.GetBytes(tenant.Value));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(plain);
    }
}
