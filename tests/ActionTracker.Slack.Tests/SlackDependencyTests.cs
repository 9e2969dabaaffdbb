using System.Reflection;

namespace ActionTracker.Slack.Tests;

public sealed class SlackDependencyTests
{
    [Fact]
    public void Slack_ReferencesNeitherTeamsNorStorageNorHost()
    {
        AssemblyName[] references = typeof(SlackOptions).Assembly.GetReferencedAssemblies();

        Assert.DoesNotContain(references, r => r.Name is "ActionTracker.Teams" or "ActionTracker.Storage" or "ActionTracker.Bot");
    }

    [Fact]
    public void Options_DefaultToSlackHosts()
    {
        var options = new SlackOptions();

        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUrl);
        Assert.Equal(["hooks.slack.com"], options.AllowedResponseUrlHosts);
    }
}
