namespace ActionTracker.Core.Commands;

/// <summary>
/// A command split into tokens on any whitespace (newlines, NBSP, zero-width spaces). <c>@"Maria Garcia"</c> stays one
/// token so quoted names survive. Free text (notes, reasons, context) is cut from the source so its spacing is kept.
/// </summary>
internal sealed class CommandTokens
{
    /// <summary>A quoted name longer than this is not a name; the quote is then an ordinary character.</summary>
    private const int MaxQuotedName = 100;

    private readonly string _source;
    private readonly CommandToken[] _tokens;
    private readonly string[] _texts;
    private readonly string?[] _lower;

    private CommandTokens(string source, CommandToken[] tokens)
    {
        _source = source;
        _tokens = tokens;
        _texts = [.. tokens.Select(t => t.Text)];
        _lower = new string?[tokens.Length];
    }

    public int Count => _tokens.Length;

    /// <summary>The token texts, for <see cref="Dates.DateResolver.MatchLength"/>.</summary>
    public IReadOnlyList<string> Texts => _texts;

    public string this[int index] => _texts[index];

    /// <summary>The token texts before <paramref name="end"/>, so a date match cannot run past a boundary.</summary>
    public IReadOnlyList<string> TextsBefore(int end)
    {
        return new ArraySegment<string>(_texts, 0, end);
    }

    public static CommandTokens Read(string source)
    {
        List<CommandToken> tokens = [];
        int i = 0;
        while (i < source.Length)
        {
            if (IsSeparator(source[i]))
            {
                i++;
                continue;
            }

            int start = i;
            if (source[i] == '@' && i + 1 < source.Length && IsQuote(source[i + 1]) && ClosingQuote(source, i + 2) is int close)
            {
                i = close + 1;
            }

            while (i < source.Length && !IsSeparator(source[i]))
            {
                i++;
            }

            tokens.Add(new CommandToken(source[start..i], start, i));
        }

        return new CommandTokens(source, [.. tokens]);
    }

    public static bool IsQuote(char c)
    {
        return c is '"' or '\u201C' or '\u201D';
    }

    /// <summary>The token in lower case (invariant), computed once.</summary>
    public string Lower(int index)
    {
        return _lower[index] ??= _texts[index].ToLowerInvariant();
    }

    /// <summary>The source text from token <paramref name="from"/> to the end, spacing kept; null when there is none.</summary>
    public string? Rest(int from)
    {
        return from < _tokens.Length ? Slice(from, _tokens.Length) : null;
    }

    /// <summary>The source text of tokens <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public string Slice(int from, int to)
    {
        return _source[_tokens[from].Start.._tokens[to - 1].End];
    }

    /// <summary>The tokens joined by single spaces.</summary>
    public string Join(int from, int to)
    {
        return string.Join(' ', _texts, from, to - from);
    }

    private static bool IsSeparator(char c)
    {
        // Zero-width spaces and BOMs arrive from rich-text editors between words.
        return char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';
    }

    private static int? ClosingQuote(string source, int from)
    {
        int limit = Math.Min(source.Length, from + MaxQuotedName);
        for (int i = from; i < limit; i++)
        {
            if (IsQuote(source[i]))
            {
                return i;
            }

            if (source[i] is '\n' or '\r')
            {
                return null;
            }
        }

        return null;
    }
}
