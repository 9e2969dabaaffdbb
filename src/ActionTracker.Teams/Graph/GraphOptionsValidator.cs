using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.Graph;

/// <summary>Graph is optional; when a client id is set the rest must make sense, and each problem names its key.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SyncIntervalMinutes is < 1 or > 1440)
        {
            return ValidateOptionsResult.Fail("Graph:SyncIntervalMinutes must be between 1 and 1440.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            return options.TodoSyncEnabled
                ? ValidateOptionsResult.Fail("Graph:TodoSyncEnabled needs Graph:ClientId and Graph:ClientSecret (an app with Tasks.ReadWrite.All).")
                : ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Graph:ClientSecret is required when Graph:ClientId is set.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out Uri? baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && !baseUrl.IsLoopback))
        {
            failures.Add("Graph:BaseUrl must be an absolute https URL.");
        }

        if (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out Uri? authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Graph:AuthorityHost must be an absolute https URL.");
        }

        if (!string.IsNullOrWhiteSpace(options.NotificationUrl) && !Uri.TryCreate(options.NotificationUrl, UriKind.Absolute, out _))
        {
            failures.Add("Graph:NotificationUrl must be an absolute URL.");
        }

        if (options.SubscriptionLifetime < TimeSpan.FromMinutes(5) || options.SubscriptionLifetime > TimeSpan.FromDays(2))
        {
            failures.Add("Graph:SubscriptionLifetime must be between 00:05:00 and 2.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
