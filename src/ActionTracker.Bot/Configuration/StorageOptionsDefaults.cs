using ActionTracker.Storage;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Configuration;

/// <summary>Development (and only Development) falls back to the local Azurite account.</summary>
internal sealed class StorageOptionsDefaults : IPostConfigureOptions<StorageOptions>
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    private readonly IHostEnvironment _environment;

    public StorageOptionsDefaults(IHostEnvironment environment)
    {
        _environment = environment;
    }

    public void PostConfigure(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && _environment.IsDevelopment())
        {
            options.ConnectionString = DevelopmentStorage;
        }
    }
}
