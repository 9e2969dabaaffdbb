using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ActionTracker.Core.Commands;

/// <summary>Reads a token as a person: <c>&lt;@ID&gt;</c>, <c>@name</c>, <c>@"Full Name"</c> or a bare email address.</summary>
internal static class PersonTokens
{
    /// <summary>Sentence punctuation after a person ("to @maria, then") is not part of the name.</summary>
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', ')'];

    public static bool TryParse(string token, [NotNullWhen(true)] out PersonSpec? person)
    {
        string text = token.TrimEnd(TrailingPunctuation);
        person = text.Length < 2 ? null : (PersonSpec?)Mention(text) ?? QuotedName(text) ?? AtName(text) ?? Email(text);
        return person is not null;
    }

    /// <summary>Same person: ids exactly, names and emails in any case.</summary>
    public static bool Same(PersonSpec a, PersonSpec b)
    {
        return (a, b) switch
        {
            (MentionedPerson x, MentionedPerson y) => string.Equals(x.Id, y.Id, StringComparison.Ordinal),
            (NamedPerson x, NamedPerson y) => string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static MentionedPerson? Mention(string text)
    {
        if (text.Length < 4 || !text.StartsWith("<@", StringComparison.Ordinal) || text[^1] != '>')
        {
            return null;
        }

        string id = text[2..^1];
        return id.Contains('>', StringComparison.Ordinal) ? null : new MentionedPerson(id);
    }

    private static NamedPerson? QuotedName(string text)
    {
        if (text[0] != '@' || !CommandTokens.IsQuote(text[1]) || text.Length < 4 || !CommandTokens.IsQuote(text[^1]))
        {
            return null;
        }

        string inner = text[2..^1];
        if (inner.Any(CommandTokens.IsQuote))
        {
            return null;
        }

        string name = CollapseSpaces(inner);
        return name.Length == 0 ? null : new NamedPerson(name);
    }

    private static NamedPerson? AtName(string text)
    {
        if (text[0] != '@' || !char.IsLetterOrDigit(text[1]))
        {
            return null;
        }

        string name = text[1..];
        return name.Any(c => c is '@' or '<' or '>' || CommandTokens.IsQuote(c)) ? null : new NamedPerson(name);
    }

    private static NamedPerson? Email(string text)
    {
        int at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || text.StartsWith('.'))
        {
            return null;
        }

        string local = text[..at];
        string domain = text[(at + 1)..];
        bool localOk = local.All(c => c > ' ' && c is not ('<' or '>' or '(' or ')' or '[' or ']' or ',' or ';' or ':' or '"'));
        bool domainOk = domain.Length >= 3 && domain.Contains('.', StringComparison.Ordinal) && domain[0] != '.' && domain[^1] != '.'
            && !domain.Contains("..", StringComparison.Ordinal) && domain.All(c => char.IsLetterOrDigit(c) || c is '-' or '.');
        return localOk && domainOk ? new NamedPerson(text) : null;
    }

    private static string CollapseSpaces(string text)
    {
        StringBuilder builder = new(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }
}
