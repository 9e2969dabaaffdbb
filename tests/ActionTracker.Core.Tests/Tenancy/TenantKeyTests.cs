using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Tenancy;

public sealed class TenantKeyTests
{
    [Fact]
    public void ForSlack_EnterpriseInstall_IsKeyedByEnterprise()
    {
        Assert.Equal("slack:E0001", TenantKey.ForSlack("T0001", "E0001", isEnterpriseInstall: true).Value);
        Assert.Equal("slack:T0001", TenantKey.ForSlack("T0001", "E0001", isEnterpriseInstall: false).Value);
        Assert.Equal("teams:72f988bf", TenantKey.ForTeams("72f988bf").Value);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a#b")]
    [InlineData("a'b")]
    [InlineData("x or 1 eq 1")]
    [InlineData("ctl\u0001")]
    [InlineData("")]
    public void ForTeams_HostileIds_AreRejected(string id)
    {
        Assert.Throws<ArgumentException>(() => TenantKey.ForTeams(id));
    }

    [Fact]
    public void ForTeams_2KBId_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => TenantKey.ForTeams(new string('a', 2048)));
    }

    [Theory]
    [InlineData("teams:abc", true)]
    [InlineData("slack:T1", true)]
    [InlineData("email:abc", false)]
    [InlineData("teams:", false)]
    [InlineData("teams:a/b", false)]
    [InlineData(null, false)]
    public void TryParse_OnlyKnownPlatformsAndValidIds(string? value, bool expected)
    {
        Assert.Equal(expected, TenantKey.TryParse(value, out _));
    }
}
