using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Items;

public sealed class ItemNumberTests
{
    [Theory]
    [InlineData("#42", 42)]
    [InlineData("42", 42)]
    [InlineData(" #7 ", 7)]
    [InlineData("#9999999999", 9_999_999_999)]
    public void TryParse_ValidIds_Parse(string text, long expected)
    {
        Assert.True(ItemNumber.TryParse(text, out ItemNumber number));
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData("#0")]
    [InlineData("#-1")]
    [InlineData("#1e3")]
    [InlineData("#99999999999")]
    [InlineData("# 4")]
    [InlineData("#٤٢")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Invalid_Fails(string? text)
    {
        Assert.False(ItemNumber.TryParse(text, out _));
    }

    [Fact]
    public void ToString_ShowsHash()
    {
        Assert.Equal("#42", new ItemNumber(42).ToString());
    }
}
