using System.Diagnostics;
using System.Text;
using ActionTracker.Core.Commands;
using Xunit.Abstractions;

namespace ActionTracker.Core.Tests.Commands;

public sealed class CommandParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_205;
    private const int RandomInputs = 60_000;
    private const int Mutations = 60_000;
    private const int LongInputs = 200;

    private static readonly string[] Pieces =
    [
        "#", "@", "<", ">", "!", "-", ":", "/", "\"", ",", ".", " ", " ", " ", "\n", "\t", "\u00A0", "\u200B", "0", "1", "4", "9",
        "a", "e", "k", "z", "Q", "é", "ß", "見", "🎉", "👍🏽", "\u201C", "\u201D", "\u2014", "\uD800", "\uDC00", "\u0000", "\u0001", "\u202E",
    ];

    private static readonly string[] Words =
    [
        "add", "list", "more", "show", "done", "start", "block", "reopen", "cancel", "assign", "due", "snooze", "priority", "edit",
        "note", "accept", "decline", "propose", "decision", "decisions", "help", "admin", "goal", "link", "unlink", "milestone", "G7.2", "/action", "lsit", "blokc", "by", "before",
        "due:", "due:friday", "friday", "next", "week", "3pm", "at", "15:00", "Dec", "5", "2026", "in", "days", "since", "this",
        "mine", "team", "goal", "G7", "g7.2", "meeting", "M3", "open", "overdue", "blocked", "--", "\u2014", "<@U1>", "<@29:1abc-def>",
        "<@", "@maria", "@\"Maria", "Garcia\"", "maria@contoso.com", "#42", "#0", "#", "#99999999999", "42", "p1", "p4", "!high",
        "!urgent", "kind:development", "kind:", "priority:", "goal:", "title", "notes", "context", "to", "and", "cc", "list,", "since",
    ];

    [Fact]
    public void Parse_RandomAndMutatedInputs_NeverThrowsAndAlwaysAnswers()
    {
        Random random = new(Seed);
        List<string> valid = [.. ValidInputs()];
        Stopwatch clock = Stopwatch.StartNew();
        int count = 0;

        for (int i = 0; i < RandomInputs; i++)
        {
            Check(RandomText(random, random.Next(0, 80)));
            count++;
        }

        for (int i = 0; i < Mutations; i++)
        {
            Check(Mutate(random, valid[random.Next(valid.Count)]));
            count++;
        }

        for (int i = 0; i < LongInputs; i++)
        {
            Check(RandomText(random, CommandParser.MaxLength - 80 + random.Next(0, 160)));
            count++;
        }

        clock.Stop();
        output.WriteLine($"{count} inputs in {clock.ElapsedMilliseconds} ms");

        Assert.True(count >= 100_000);
    }

    private static void Check(string input)
    {
        ParsedCommand? command = null;
        Exception? thrown = Record.Exception(() => command = CommandParser.Parse(input));

        Assert.True(thrown is null, $"Parse threw {thrown?.GetType().Name} for {Escape(input)}: {thrown?.Message}");
        Assert.NotNull(command);
        switch (command)
        {
            case ParseFailure failure:
                Assert.False(string.IsNullOrWhiteSpace(failure.Message), Escape(input));
                break;
            case AddCommand add:
                Assert.False(string.IsNullOrWhiteSpace(add.Title), Escape(input));
                break;
        }
    }

    private static IEnumerable<string> ValidInputs()
    {
        foreach (TheoryData<string, ParsedCommand> table in (TheoryData<string, ParsedCommand>[])[CommandParserAddCases.Cases, CommandParserItemCases.Cases, CommandParserGeneralCases.Cases])
        {
            foreach (object[] row in table)
            {
                yield return (string)row[0];
            }
        }
    }

    private static string RandomText(Random random, int length)
    {
        StringBuilder text = new(length + 16);
        while (text.Length < length)
        {
            if (random.Next(3) == 0)
            {
                text.Append(Words[random.Next(Words.Length)]).Append(' ');
            }
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return text.ToString();
    }

    /// <summary>One to three token or character edits: insert, delete, swap or duplicate.</summary>
    private static string Mutate(Random random, string input)
    {
        string text = input;
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            text = random.Next(2) == 0 ? MutateTokens(random, text) : MutateChars(random, text);
        }

        return text;
    }

    private static string MutateTokens(Random random, string text)
    {
        List<string> tokens = [.. text.Split(' ')];
        int at = random.Next(tokens.Count);
        switch (random.Next(4))
        {
            case 0:
                tokens.Insert(random.Next(tokens.Count + 1), Words[random.Next(Words.Length)]);
                break;
            case 1:
                tokens.RemoveAt(at);
                break;
            case 2:
                int other = random.Next(tokens.Count);
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            default:
                tokens.Insert(at, tokens[at]);
                break;
        }

        return string.Join(' ', tokens);
    }

    private static string MutateChars(Random random, string text)
    {
        if (text.Length == 0)
        {
            return Pieces[random.Next(Pieces.Length)];
        }

        int at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text.Insert(at, Pieces[random.Next(Pieces.Length)]),
            1 => text.Remove(at, 1),
            _ when at + 1 < text.Length => string.Concat(text.AsSpan(0, at), text.AsSpan(at + 1, 1), text.AsSpan(at, 1), text.AsSpan(at + 2)),
            _ => text + text[at],
        };
    }

    private static string Escape(string input)
    {
        StringBuilder escaped = new();
        foreach (char c in input.Length > 200 ? input[..200] : input)
        {
            escaped.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return escaped.ToString();
    }
}
