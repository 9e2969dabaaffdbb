using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>Generated and mutated inputs: the reader answers every one with a transcript or a message, never an exception.</summary>
public sealed class TranscriptReaderFuzzTests
{
    private const int Inputs = 12_000;

    private static readonly string[] Seeds =
    [
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<v Ann Lee>I'll send the deck by Friday.</v>\n\n2\n00:00:03.000 --> 00:00:04.000\n<v Bo>Can you take notes?</v>\n",
        "WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nAnn: we agreed on blue\r\n",
        "[00:12:03] Maria: I'll draft it.\n[00:12:09] Tom: Thanks Maria.\n",
        "Maria: action item: Tom to book the room\nTom: ok\n",
        "Maria Garcia   0:03\nLet's start.\nTom Becker   0:09\nI'll do it.\n",
        "0:0:0.0 --> 0:0:5.430\nMaria Garcia\nHello all.\n",
    ];

    private static readonly string[] Fragments =
    [
        "<v", "<v ", ">", "</v>", "<", "-->", " --> ", "00:00:", "99:99:99.999", ":", "[", "]", "\n", "\r\n", "\r", "\0",
        "&amp;", "&", "&#x1F600;", "&#99999999;", "WEBVTT", "NOTE", "\uFEFF", "\uD800", "😀", "é", "<c.x>", "<b>", "\t",
        "00:00:01.000 --> ", "Ann: ", "[00:00:01] ", "1:2:3", ".", "?", "!", "I'll ", "you'll ", "by Friday ", "\u2028",
    ];

    [Fact]
    public void Read_GeneratedAndMutatedInputs_NeverThrow()
    {
        var random = new Random(20261123);
        var extractor = new RuleBasedTranscriptExtractor();
        var context = new ExtractionContext { MeetingDate = new DateOnly(2026, 11, 23) };
        int transcripts = 0;
        for (int n = 0; n < Inputs; n++)
        {
            byte[] input = n % 3 == 0 ? Generate(random) : Mutate(random, Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]));

            TranscriptReadResult result = TranscriptReader.Read(input, n % 5 == 0 ? "x.docx" : "x.vtt");

            Assert.True(result.IsSuccess ^ result.Error is not null);
            if (result.Transcript is { } transcript)
            {
                transcripts++;
                _ = extractor.Extract(transcript, context, CancellationToken.None);
            }
        }

        Assert.True(transcripts > Inputs / 4, $"only {transcripts} inputs read as transcripts");
    }

    private static byte[] Generate(Random random)
    {
        var text = new StringBuilder();
        int parts = random.Next(0, 40);
        for (int i = 0; i < parts; i++)
        {
            text.Append(Fragments[random.Next(Fragments.Length)]);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = new List<byte>(seed);
        int mutations = random.Next(1, 8);
        for (int m = 0; m < mutations && bytes.Count > 0; m++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 12)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.GetRange(0, Math.Min(bytes.Count, random.Next(1, 40))));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}
