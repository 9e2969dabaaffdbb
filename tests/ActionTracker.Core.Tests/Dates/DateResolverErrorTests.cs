using System.Globalization;
using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Tests.Dates;

public sealed class DateResolverErrorTests
{
    private const string Friday = "2026-11-27T10:00:00Z";

    private const string Examples = "Try: Friday, tomorrow 3pm, next week, Dec 5, 2026-12-05, in 3 days, EOW, Q3.";

    [Theory]
    [InlineData(Friday, "UTC", "xyz", "I couldn't read 'xyz' as a date. " + Examples)]
    [InlineData(Friday, "UTC", "the phone", "I couldn't read 'the phone' as a date. " + Examples)]
    [InlineData(Friday, "UTC", "friday xyz", "I couldn't read 'friday xyz' as a date. " + Examples)]
    [InlineData(Friday, "UTC", "by", "I couldn't read 'by' as a date. " + Examples)]
    [InlineData(Friday, "UTC", "   ", "No date given. " + Examples)]
    [InlineData(Friday, "UTC", "Feb 30", "February has no day 30.")]
    [InlineData(Friday, "UTC", "Feb 30 2027", "February 2027 has no day 30.")]
    [InlineData(Friday, "UTC", "31 Apr", "April has no day 31.")]
    [InlineData(Friday, "UTC", "2026-02-29", "February 2026 has no day 29.")]
    [InlineData(Friday, "UTC", "Feb 29", "February 2027 has no day 29.")]
    [InlineData(Friday, "UTC", "13/13", "'13/13' isn't a date: there is no month 13.")]
    [InlineData(Friday, "UTC", "13/14", "'13/14' isn't a date: neither 13 nor 14 is a month.")]
    [InlineData(Friday, "UTC", "0/5", "'0/5' isn't a date: there is no day 0.")]
    [InlineData(Friday, "UTC", "2025-12-05", "Fri 5 Dec 2025 is in the past. Write 5 Dec without a year for the next one, or try tomorrow or Friday.")]
    [InlineData(Friday, "UTC", "Nov 26 2026", "Thu 26 Nov 2026 is in the past. Write 26 Nov without a year for the next one, or try tomorrow or Friday.")]
    [InlineData(Friday, "UTC", "Q1 2026", "Q1 2026 ended on Tue 31 Mar 2026, which is in the past. Write Q1 without a year for the next one.")]
    [InlineData(Friday, "UTC", "today 9am", "09:00 today is already in the past (it is 10:00 in UTC). Try tomorrow 09:00 or a later time today.")]
    [InlineData(Friday, "UTC", "10am", "10:00 today is already in the past (it is 10:00 in UTC). Try tomorrow 10:00 or a later time today.")]
    [InlineData("2026-11-27T17:00:00Z", "Europe/Berlin", "EOD", "17:00 today is already in the past (it is 18:00 in Europe/Berlin). Try tomorrow 17:00 or a later time today.")]
    [InlineData(Friday, "Australia/Sydney", "tonight", "21:00 today is already in the past (it is 21:00 in Australia/Sydney). Try tomorrow 21:00 or a later time today.")]
    [InlineData(Friday, "UTC", "25:00", "'25:00' isn't a time of day. Try 3pm, 15:00 or noon.")]
    [InlineData(Friday, "UTC", "friday 13pm", "'13pm' isn't a time of day. Try 3pm, 15:00 or noon.")]
    [InlineData(Friday, "UTC", "Mon 27 Nov 2026", "27 Nov 2026 is a Friday, not a Monday.")]
    [InlineData(Friday, "UTC", "in 5000 days", "That is more than 10 years away. Pick a nearer date.")]
    [InlineData(Friday, "UTC", "Dec 5 2099", "That is more than 10 years away. Pick a nearer date.")]
    public void Resolve_UnusableText_ExplainsWhatWorks(string now, string zone, string text, string expectedMessage)
    {
        DateContext context = DateResolverResolveTests.Context(now, zone);

        DateResolution result = DateResolver.Resolve(text, context);

        Assert.Equal(new DateError(expectedMessage), result);
    }

    [Theory]
    [InlineData("5/12", "Did you mean Sat 5 Dec 2026 or Wed 12 May 2027? Write it as 5 Dec or 12 May.", "2026-12-05", "2027-05-12")]
    [InlineData("12/5 3pm", "Did you mean Wed 12 May 2027 or Sat 5 Dec 2026? Write it as 12 May or 5 Dec.", "2027-05-12", "2026-12-05")]
    [InlineData("3/4/2027", "Did you mean Sat 3 Apr 2027 or Thu 4 Mar 2027? Write it as 3 Apr or 4 Mar.", "2027-04-03", "2027-03-04")]
    public void Resolve_AmbiguousNumericWithUnknownOrder_AsksWhichDate(string text, string expectedMessage, string dayFirst, string monthFirst)
    {
        DateContext context = DateResolverResolveTests.Context(Friday, "Europe/Berlin");

        DateResolution result = DateResolver.Resolve(text, context);

        DateQuestion question = Assert.IsType<DateQuestion>(result);
        Assert.Equal(expectedMessage, question.Message);
        Assert.Equal([Parse(dayFirst), Parse(monthFirst)], question.Options);
    }

    [Fact]
    public void Resolve_AmbiguousNumericWithOnlyOneFutureReading_ReturnsThatDate()
    {
        DateContext context = DateResolverResolveTests.Context(Friday, "Europe/Berlin");

        DateResolution result = DateResolver.Resolve("11/12/2026", context);

        Assert.Equal(new ResolvedDate(new DateOnly(2026, 12, 11), null), result);
    }

    [Fact]
    public void Resolve_HugeOrOddText_NeverThrows()
    {
        DateContext context = DateResolverResolveTests.Context(Friday, "Not/AZone");
        string[] inputs = [new string('9', 10_000), "🎉🎉", "in 99999 months", "Q4 0000", "0000-01-01", "9999-12-31", "12/31/99", string.Concat(Enumerable.Repeat("friday ", 500)), null!];

        DateResolution[] results = [.. inputs.Select(text => DateResolver.Resolve(text, context))];

        Assert.All(results, result => Assert.IsType<DateError>(result));
    }

    private static DateOnly Parse(string date)
    {
        return DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
