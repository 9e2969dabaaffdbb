using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionTracker.Core.Commands;

/// <summary>
/// <c>transcript</c> reads raw text, not tokens: a pasted transcript keeps its lines and may be far longer than a
/// command, so it is recognised before the ordinary length limit and tokenizer.
/// </summary>
internal static partial class TranscriptCommandParser
{
    public const string Verb = "transcript";

    public static bool TryParse(string? text, out ParsedCommand? command)
    {
        command = null;
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.AsSpan().TrimStart();
        if (rest.StartsWith("/action", StringComparison.OrdinalIgnoreCase) && (rest.Length == 7 || char.IsWhiteSpace(rest[7])))
        {
            rest = rest[7..].TrimStart();
        }

        if (!rest.StartsWith(Verb, StringComparison.OrdinalIgnoreCase) || (rest.Length > Verb.Length && !char.IsWhiteSpace(rest[Verb.Length])))
        {
            return false;
        }

        string body = rest[Verb.Length..].ToString();
        command = Review(body.Trim()) ?? new TranscriptCommand(body.Trim().Length == 0 ? null : body.Trim('\r', '\n', ' ', '\t'));
        return true;
    }

    private static ParsedCommand? Review(string body)
    {
        Match match = ReviewPattern().Match(body);
        if (!match.Success)
        {
            return null;
        }

        string verb = match.Groups["verb"].Value.ToLowerInvariant();
        if (!long.TryParse(match.Groups["meeting"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long meeting) || meeting < 1)
        {
            return Failure("A meeting id looks like M3.");
        }

        string target = match.Groups["target"].Value;
        string tail = match.Groups["tail"].Value.Trim();
        if (verb == "show")
        {
            return new DraftReviewCommand(meeting, DraftReviewAction.Show);
        }

        if (verb == "accept" && string.Equals(target, "all", StringComparison.OrdinalIgnoreCase))
        {
            return new DraftReviewCommand(meeting, DraftReviewAction.AcceptAll);
        }

        if (!int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out int item) || item < 1)
        {
            return Failure($"Say which item of M{meeting} by its number on the card, like: transcript {verb} M{meeting} 2.");
        }

        if (verb != "edit")
        {
            return new DraftReviewCommand(meeting, verb == "accept" ? DraftReviewAction.Accept : DraftReviewAction.Reject, item);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        MatchCollection parts = FieldPattern().Matches(tail);
        if (tail.Length > 0 && (parts.Count == 0 || parts[0].Index != 0))
        {
            return Failure("Edit takes title=…, owner=… and due=…, like: transcript edit M3 2 title=Send the budget owner=@maria due=friday.");
        }

        for (int i = 0; i < parts.Count; i++)
        {
            int end = i + 1 < parts.Count ? parts[i + 1].Index : tail.Length;
            int start = parts[i].Index + parts[i].Length;
            fields[parts[i].Groups["name"].Value] = tail[start..end].Trim();
        }

        return new DraftReviewCommand(meeting, DraftReviewAction.Edit, item)
        {
            Title = NullIfEmpty(fields.GetValueOrDefault("title")),
            Owner = NullIfEmpty(fields.GetValueOrDefault("owner")),
            Due = NullIfEmpty(fields.GetValueOrDefault("due")),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static ParseFailure Failure(string message) => new(message, HelpCatalog.UsageOf(Verb));

    [GeneratedRegex(@"^(?<verb>accept|reject|edit|show)\s+M(?<meeting>\d{1,10})(?:\s+(?<target>all|\d{1,4}))?(?<tail>(?:\s.*)?)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewPattern();

    [GeneratedRegex(@"(?<=^|\s)(?<name>title|owner|due)=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();
}
