using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.DependencyInjection;

/// <summary>Startup checks for the Teams section; every failure names its key.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    private readonly bool _isDevelopment;

    public TeamsOptionsValidator(bool isDevelopment)
    {
        _isDevelopment = isDevelopment;
    }

    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.AppId) && string.IsNullOrEmpty(options.AppPassword))
        {
            failures.Add("Teams:AppPassword is required when Teams:AppId is set.");
        }

        if (!IsUrl(options.OpenIdMetadataUrl, allowHttp: _isDevelopment || IsLoopback(options.OpenIdMetadataUrl)))
        {
            failures.Add("Teams:OpenIdMetadataUrl must be an absolute https URL.");
        }

        if (!string.IsNullOrEmpty(options.TokenEndpoint) && !IsUrl(options.TokenEndpoint, allowHttp: _isDevelopment || IsLoopback(options.TokenEndpoint)))
        {
            failures.Add("Teams:TokenEndpoint must be an absolute https URL.");
        }

        if (!string.IsNullOrEmpty(options.AppTenantId) && !Guid.TryParse(options.AppTenantId, out _))
        {
            failures.Add("Teams:AppTenantId must be a tenant GUID.");
        }

        foreach (string pattern in options.AllowedServiceUrlHosts)
        {
            string host = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
            if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
            {
                failures.Add($"Teams:AllowedServiceUrlHosts entry '{pattern}' is not a host name or *.suffix pattern.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsUrl(string? value, bool allowHttp) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp));

    private static bool IsLoopback(string? value) => Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && uri.IsLoopback;
}
