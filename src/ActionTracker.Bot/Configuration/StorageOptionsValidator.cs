using ActionTracker.Storage;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Configuration;

/// <summary>Checks the storage settings at start; each failure names the setting.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:ConnectionString is required outside Development (an Azure Storage connection string with Table and Queue endpoints).");
        }

        try
        {
            _ = new TableServiceClient(options.ConnectionString);
            _ = new QueueServiceClient(options.ConnectionString);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is not a valid Azure Storage connection string.");
        }

        return ValidateOptionsResult.Success;
    }
}
