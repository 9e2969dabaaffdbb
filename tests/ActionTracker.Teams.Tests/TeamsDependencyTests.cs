using System.Reflection;

namespace ActionTracker.Teams.Tests;

public sealed class TeamsDependencyTests
{
    [Fact]
    public void Teams_ReferencesNeitherSlackNorStorageNorHost()
    {
        AssemblyName[] references = typeof(TeamsOptions).Assembly.GetReferencedAssemblies();

        Assert.DoesNotContain(references, r => r.Name is "ActionTracker.Slack" or "ActionTracker.Storage" or "ActionTracker.Bot");
    }

    [Fact]
    public void Options_DefaultToTheBotFrameworkMetadata()
    {
        var options = new TeamsOptions();

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Contains("*.botframework.com", options.AllowedServiceUrlHosts);
    }
}
