using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.DependencyInjection;

/// <summary>
/// The Slack channel is enabled by Slack:SigningSecret. Once enabled, Slack:AppId and either Slack:BotToken or
/// Slack:ClientId + Slack:ClientSecret are required; each failure names its key.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.SigningSecret))
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.AppId))
        {
            failures.Add("Slack:AppId is required when Slack:SigningSecret is set (requests for other apps are refused).");
        }

        bool oauth = !string.IsNullOrEmpty(options.ClientId) || !string.IsNullOrEmpty(options.ClientSecret);
        if (string.IsNullOrEmpty(options.BotToken) && !oauth)
        {
            failures.Add("Slack:BotToken (single workspace) or Slack:ClientId and Slack:ClientSecret (OAuth install) is required when Slack:SigningSecret is set.");
        }
        else if (oauth && string.IsNullOrEmpty(options.ClientId))
        {
            failures.Add("Slack:ClientId is required when Slack:ClientSecret is set.");
        }
        else if (oauth && string.IsNullOrEmpty(options.ClientSecret))
        {
            failures.Add("Slack:ClientSecret is required when Slack:ClientId is set.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || !options.ApiBaseUrl.AbsoluteUri.EndsWith('/'))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute URL ending in '/'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
