namespace ActionTracker.Core.Commands;

/// <summary>
/// Parses <c>prep [M3]</c>. Anything else after "prep" is an ordinary natural-form item ("Prep the board deck by
/// Friday"), since "prep" is a common first word of a task.
/// </summary>
internal static class PrepCommandParser
{
    public static ParsedCommand Parse(CommandTokens tokens, int start)
    {
        if (start >= tokens.Count)
        {
            return new PrepCommand(null);
        }

        return start == tokens.Count - 1 && OptionWords.TryMeetingId(tokens[start], out string? id)
            ? new PrepCommand(id)
            : AddCommandParser.Parse(tokens, start - 1, isNaturalForm: true);
    }
}
