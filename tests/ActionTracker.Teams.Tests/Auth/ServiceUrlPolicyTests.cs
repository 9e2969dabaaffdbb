using ActionTracker.Teams.Auth;

namespace ActionTracker.Teams.Tests.Auth;

public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Production = new(new TeamsOptions().AllowedServiceUrlHosts, allowLoopback: false);
    private static readonly ServiceUrlPolicy Development = new(new TeamsOptions().AllowedServiceUrlHosts, allowLoopback: true);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10/", true)]
    [InlineData("https://SMBA.trafficmanager.net/emea/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://botframework.com/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://user:pass@smba.trafficmanager.net/", false)]
    [InlineData("http://localhost:56150/_connector", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void IsAllowed_Production(string? url, bool expected) => Assert.Equal(expected, Production.IsAllowed(url));

    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://10.0.0.5/", false)]
    public void IsAllowed_Development(string url, bool expected) => Assert.Equal(expected, Development.IsAllowed(url));
}
