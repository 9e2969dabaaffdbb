using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Items;

public sealed class VagueItemsTests
{
    [Theory]
    [InlineData("Be more proactive", true)]
    [InlineData("Improve communication with sales", true)]
    [InlineData("work on delegation", true)]
    [InlineData("Send the revised budget to finance", false)]
    [InlineData("Improvement plan draft for Q3", false)]
    public void IsVague_OpenEndedWithoutDate_IsFlagged(string title, bool expected)
    {
        var item = new ActionItem { Tenant = TenantKey.ForTeams("t"), Title = title, Creator = new PersonRef("u", "U") };

        Assert.Equal(expected, VagueItems.IsVague(item));
    }

    [Fact]
    public void IsVague_WithADueDate_IsNotFlagged()
    {
        var item = new ActionItem
        {
            Tenant = TenantKey.ForTeams("t"),
            Title = "Be more proactive in standups",
            Creator = new PersonRef("u", "U"),
            Due = new DueDate { Utc = DateTimeOffset.UnixEpoch, TimeZoneId = "UTC" },
        };

        Assert.False(VagueItems.IsVague(item));
    }
}
