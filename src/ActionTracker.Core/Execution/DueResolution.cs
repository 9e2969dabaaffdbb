using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Execution;

/// <summary>A typed date turned into a stored deadline: resolved in the requester's zone, kept in the owner's.</summary>
internal sealed record DueResolution(DueDate? Due, string? Error, DateQuestion? Question)
{
    public static DueResolution Resolve(string text, CommandContext context, RequesterProfile requester, string ownerTimeZoneId, DateTimeOffset now)
    {
        DateResolution resolution = DateResolver.Resolve(text, new DateContext(now, requester.TimeZoneId, context.DateOrder));
        return resolution switch
        {
            ResolvedDate date => new DueResolution(DueDates.Create(date, requester.TimeZoneId, ownerTimeZoneId), null, null),
            DateQuestion question => new DueResolution(null, null, question),
            DateError error => new DueResolution(null, error.Message, null),
            _ => new DueResolution(null, $"I couldn't read '{text}' as a date.", null),
        };
    }

    /// <summary>The answer when the date needs a question: each option re-runs the command with an unambiguous ISO date.</summary>
    public CommandResult Ask(Func<DateOnly, string> commandFor)
    {
        DateQuestion question = Question!;
        var actions = question.Options
            .Select(option => new Views.ViewAction(
                Views.ViewActionKind.Confirm,
                option.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                commandFor(option)))
            .ToList();
        return new CommandResult
        {
            Text = question.Message,
            Views = [new Views.ConfirmView(question.Message, actions)],
            Succeeded = false,
        };
    }
}
