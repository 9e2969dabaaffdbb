using ActionTracker.Core.Reminders;

namespace ActionTracker.Core.Tests.Reminders;

public sealed class SweepLeaseTests
{
    private static readonly DateTimeOffset At = new(2027, 3, 9, 10, 7, 42, TimeSpan.Zero);

    [Fact]
    public void Name_DefaultBucket_KeepsTheMinuteNameOfTheFiveMinuteBucket()
    {
        Assert.Equal("reminders|202703091005", SweepLease.Name("reminders", At));
        Assert.Equal(SweepLease.Name("reminders", At), SweepLease.Name("reminders", At, SweepLease.Bucket));
    }

    [Fact]
    public void Name_SecondsBucket_NamesTheSecondTheBucketStarts()
    {
        Assert.Equal("reminders|20270309100740", SweepLease.Name("reminders", At, TimeSpan.FromSeconds(10)));
        Assert.NotEqual(SweepLease.Name("reminders", At, TimeSpan.FromSeconds(10)), SweepLease.Name("reminders", At.AddSeconds(10), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Name_BucketUnderASecond_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SweepLease.Name("reminders", At, TimeSpan.FromMilliseconds(500)));
}
