using System.ComponentModel.DataAnnotations;

namespace ActionTracker.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string with Table and Queue endpoints; <c>UseDevelopmentStorage=true</c> for Azurite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Key that protects stored platform tokens; the same value on every instance.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Prefix for every table name, so several deployments (or test runs) can share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$", ErrorMessage = "Storage:TablePrefix must start with a letter and hold at most 21 letters or digits.")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>Name of the durable work queue.</summary>
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,55}[a-z0-9]$", ErrorMessage = "Storage:QueueName must be 3-57 lowercase letters, digits or single hyphens.")]
    public string QueueName { get; set; } = "actiontracker-work";
}
