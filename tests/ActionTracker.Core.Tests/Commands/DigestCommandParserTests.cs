using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Tests.Commands;

public sealed class DigestCommandParserTests
{
    public static TheoryData<string, DigestCommand> Valid => new()
    {
        { "digest preview", new DigestCommand(DigestAction.Preview) },
        { "digest now", new DigestCommand(DigestAction.Now) },
        { "digest setup", new DigestCommand(DigestAction.Setup) },
        { "digest setup <#C0123ABCD|leadership> monday 08:30", new DigestCommand(DigestAction.Setup, "C0123ABCD", DayOfWeek.Monday, new TimeOnly(8, 30)) },
        { "digest setup <#C0123ABCD> Fri 7:05", new DigestCommand(DigestAction.Setup, "C0123ABCD", DayOfWeek.Friday, new TimeOnly(7, 5)) },
        { "DIGEST SETUP tuesdays", new DigestCommand(DigestAction.Setup, null, DayOfWeek.Tuesday) },
        { "digest setup 16:45", new DigestCommand(DigestAction.Setup, null, null, new TimeOnly(16, 45)) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_DigestForms_GiveTheCommand(string text, DigestCommand expected)
    {
        Assert.Equal(expected, CommandParser.Parse(text));
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("digest send")]
    [InlineData("digest preview please")]
    [InlineData("digest setup #leadership")]
    [InlineData("digest setup <#C01|x> <#C02|y>")]
    [InlineData("digest setup <#C0\"1|x>")]
    [InlineData("digest setup monday 25:00")]
    [InlineData("digest setup 🎉")]
    public void Parse_BadDigest_FailsWithAMessageAndUsage(string text)
    {
        ParseFailure failure = Assert.IsType<ParseFailure>(CommandParser.Parse(text));

        Assert.False(string.IsNullOrWhiteSpace(failure.Message));
        Assert.NotNull(failure.Usage);
    }
}
