using ActionTracker.Core.Sync;

namespace ActionTracker.Core.Tests.Sync;

public sealed class TodoTimeZonesTests
{
    [Theory]
    [InlineData("Europe/Berlin", "W. Europe Standard Time")]
    [InlineData("America/New_York", "Eastern Standard Time")]
    [InlineData("Asia/Kolkata", "India Standard Time")]
    [InlineData("Asia/Calcutta", "India Standard Time")]
    [InlineData("UTC", "UTC")]
    [InlineData("", "UTC")]
    [InlineData(null, "UTC")]
    [InlineData("Mars/Olympus_Mons", "UTC")]
    [InlineData("Europe/Berlin\"; DROP", "UTC")]
    public void ToGraph_IanaZone_WindowsNameOrUtc(string? iana, string expected)
    {
        Assert.Equal(expected, TodoTimeZones.ToGraph(iana));
    }
}
