using ActionTracker.Storage.Keys;

namespace ActionTracker.Storage.Tests.Keys;

public sealed class KeyEncoderTests
{
    [Theory]
    [InlineData("29:1abc", "29:1abc")]
    [InlineData("../x", "..%2Fx")]
    [InlineData("#42", "%2342")]
    [InlineData("a?b\\c", "a%3Fb%5Cc")]
    [InlineData("50%|x", "50%25%7Cx")]
    [InlineData("O'Brien", "O'Brien")]
    public void Encode_ForbiddenCharacters_AreEscapedReversibly(string raw, string expected)
    {
        string encoded = KeyEncoder.Encode(raw);

        Assert.Equal(expected, encoded);
        Assert.Equal(raw, KeyEncoder.Decode(encoded));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tab\there")]
    [InlineData("nul\0")]
    [InlineData("del\u007f")]
    public void TryEncode_EmptyOrControlCharacters_Fails(string raw)
    {
        Assert.False(KeyEncoder.TryEncode(raw, out _, out string? error));
        Assert.NotNull(error);
    }

    [Fact]
    public void TryEncode_2KBString_FailsWithTheLimit()
    {
        Assert.False(KeyEncoder.TryEncode(new string('a', 2048), out _, out string? error));
        Assert.Contains("400", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_DistinctIds_NeverCollide()
    {
        Assert.NotEqual(KeyEncoder.Encode("a/b"), KeyEncoder.Encode("a%2Fb"));
    }
}
