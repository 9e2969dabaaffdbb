using ActionTracker.Teams.DependencyInjection;

namespace ActionTracker.Teams.Tests.Auth;

public sealed class TeamsOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new TeamsOptionsValidator(isDevelopment: false).Validate(null, new TeamsOptions()).Succeeded);

    [Theory]
    [InlineData("Teams:AppPassword")]
    [InlineData("Teams:OpenIdMetadataUrl")]
    [InlineData("Teams:AppTenantId")]
    [InlineData("Teams:TokenEndpoint")]
    [InlineData("Teams:AllowedServiceUrlHosts")]
    public void Validate_Invalid_NamesTheKey(string key)
    {
        var options = new TeamsOptions { AppId = "11111111-2222-3333-4444-555555555555", AppPassword = "secret" };
        switch (key)
        {
            case "Teams:AppPassword": options.AppPassword = null; break;
            case "Teams:OpenIdMetadataUrl": options.OpenIdMetadataUrl = "http://login.example/metadata"; break;
            case "Teams:AppTenantId": options.AppTenantId = "contoso"; break;
            case "Teams:TokenEndpoint": options.TokenEndpoint = "not a url"; break;
            case "Teams:AllowedServiceUrlHosts": options.AllowedServiceUrlHosts.Add("bad host/"); break;
        }

        var result = new TeamsOptionsValidator(isDevelopment: false).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }
}
