using System.Text;
using ActionTracker.Core.Transcripts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class TranscriptReaderTests
{
    private const string TeamsVtt = """
        WEBVTT

        3f0c1e2a-1111-4d2b-9c3e-5a6b7c8d9e0f/12-0
        00:00:03.120 --> 00:00:06.480
        <v Maria Garcia>Let's start with the budget.</v>

        3f0c1e2a-1111-4d2b-9c3e-5a6b7c8d9e0f/13-0
        00:00:07.000 --> 00:00:09.250
        <v Tom Becker>I'll send the revised budget to finance by Friday.</v>
        """;

    [Fact]
    public void Read_TeamsVoiceSpans_ReadsSpeakersTextAndTimes()
    {
        TranscriptReadResult result = Read(TeamsVtt, "meeting.vtt");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(TranscriptFormat.WebVtt, result.Transcript!.Format);
        Assert.Equal(2, result.Transcript.Cues.Count);
        Assert.Equal("Tom Becker", result.Transcript.Cues[1].Speaker);
        Assert.Equal("I'll send the revised budget to finance by Friday.", result.Transcript.Cues[1].Text);
        Assert.Equal(new TimeSpan(0, 0, 0, 7, 0), result.Transcript.Cues[1].Start);
        Assert.Equal(["Maria Garcia", "Tom Becker"], result.Transcript.Speakers);
    }

    [Fact]
    public void Read_VttWithSpeakerPrefixInCueText_TakesTheNameBeforeTheColon()
    {
        string vtt = "WEBVTT\n\n1\n00:01:02.500 --> 00:01:04.000\nAnn Lee: Can you take the minutes?\n\n2\n00:01:05.000 --> 00:01:06.000\nBo: Sure.\n";

        Transcript transcript = Read(vtt, "zoom.vtt").Transcript!;

        Assert.Equal([("Ann Lee", "Can you take the minutes?"), ("Bo", "Sure.")], transcript.Cues.Select(c => (c.Speaker!, c.Text)));
        Assert.Equal(TimeSpan.FromSeconds(62.5), transcript.Cues[0].Start);
    }

    [Fact]
    public void Read_PlainSpeakerLines_ReadsTurnsAndJoinsContinuationLines()
    {
        string text = "Maria: I'll draft the agenda.\nand share it tomorrow\nTom: Thanks.\n";

        TranscriptReadResult result = Read(text, "notes.txt");

        Assert.Equal(TranscriptFormat.PlainText, result.Transcript!.Format);
        Assert.Equal([("Maria", "I'll draft the agenda. and share it tomorrow"), ("Tom", "Thanks.")], result.Transcript.Cues.Select(c => (c.Speaker!, c.Text)));
        Assert.All(result.Transcript.Cues, c => Assert.Null(c.Start));
    }

    [Theory]
    [InlineData("[00:12:03] Maria: I'll send it.")]
    [InlineData("00:12:03 Maria: I'll send it.")]
    [InlineData("(00:12:03) Maria: I'll send it.")]
    [InlineData("[12:03] Maria: I'll send it.")]
    public void Read_TimestampedLines_ReadTimeSpeakerAndText(string line)
    {
        TranscriptCue cue = Assert.Single(Read(line + "\n", "call.txt").Transcript!.Cues);

        Assert.Equal("Maria", cue.Speaker);
        Assert.Equal("I'll send it.", cue.Text);
        Assert.Equal(new TimeSpan(0, 12, 3), cue.Start);
    }

    [Fact]
    public void Read_TeamsDocxWithTimingLines_ReadsSpeakersAndTimes()
    {
        byte[] docx = Docx("0:0:3.120 --> 0:0:6.480", "Maria Garcia", "Let's start with the budget.", "0:0:7.0 --> 0:0:9.250", "Tom Becker", "I'll send the revised budget.");

        TranscriptReadResult result = TranscriptReader.Read(docx, "Meeting transcript.docx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(TranscriptFormat.Docx, result.Transcript!.Format);
        Assert.Equal([("Maria Garcia", "Let's start with the budget."), ("Tom Becker", "I'll send the revised budget.")], result.Transcript.Cues.Select(c => (c.Speaker!, c.Text)));
        Assert.Equal(TimeSpan.FromSeconds(7), result.Transcript.Cues[1].Start);
    }

    [Fact]
    public void Read_TeamsDocxWithNameAndTimeHeadings_ReadsSpeakersAndTimes()
    {
        byte[] docx = Docx("Weekly sync", "Maria Garcia   0:03", "Let's start with the budget.", "Tom Becker   1:02:07", "I'll send the revised budget.");

        Transcript transcript = TranscriptReader.Read(docx, "sync.docx").Transcript!;

        Assert.Equal(["Maria Garcia", "Tom Becker"], transcript.Cues.Where(c => c.Speaker is not null).Select(c => c.Speaker!));
        Assert.Equal(new TimeSpan(1, 2, 7), transcript.Cues[^1].Start);
        Assert.Equal("I'll send the revised budget.", transcript.Cues[^1].Text);
    }

    [Fact]
    public void Read_BrokenDocx_SaysSoWithoutThrowing()
    {
        byte[] broken = [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8];

        TranscriptReadResult result = TranscriptReader.Read(broken, "x.docx");

        Assert.False(result.IsSuccess);
        Assert.Contains(".docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingHeader_ParsesTheCuesAnyway()
    {
        string vtt = "00:00:01.000 --> 00:00:02.000\n<v Ann>I'll book the room.</v>\n";

        TranscriptReadResult result = Read(vtt, "x.vtt");

        Assert.Equal(TranscriptFormat.WebVtt, result.Transcript!.Format);
        Assert.Equal("Ann", Assert.Single(result.Transcript.Cues).Speaker);
    }

    [Fact]
    public void Read_OverlappingCues_KeepsBothInFileOrder()
    {
        string vtt = "WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v Ann>I'll book the room.</v>\n\n00:00:04.000 --> 00:00:06.000\n<v Bo>Right.</v>\n";

        Transcript transcript = Read(vtt, "x.vtt").Transcript!;

        Assert.Equal(["Ann", "Bo"], transcript.Cues.Select(c => c.Speaker!));
    }

    [Fact]
    public void Read_UnknownTagsAndEntities_StripsTagsAndDecodesEntities()
    {
        string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Ann><c.yellow>Fish &amp; chips</c> <b>&lt;3</b> <foo bar>now</foo></v>\n";

        TranscriptCue cue = Assert.Single(Read(vtt, "x.vtt").Transcript!.Cues);

        Assert.Equal("Ann", cue.Speaker);
        Assert.Equal("Fish & chips <3 now", cue.Text);
    }

    [Fact]
    public void Read_TwoVoicesInOneCue_SplitsThemIntoTwoTurns()
    {
        string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Can you do it?</v><v Bo>Yes.</v>\n";

        Transcript transcript = Read(vtt, "x.vtt").Transcript!;

        Assert.Equal([("Ann", "Can you do it?"), ("Bo", "Yes.")], transcript.Cues.Select(c => (c.Speaker!, c.Text)));
    }

    [Fact]
    public void Read_WindowsLineEndingsAndBom_ReadAsUsual()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TeamsVtt.Replace("\n", "\r\n", StringComparison.Ordinal))];

        TranscriptReadResult result = TranscriptReader.Read(bytes, "x.vtt");

        Assert.Equal(TranscriptFormat.WebVtt, result.Transcript!.Format);
        Assert.Equal(2, result.Transcript.Cues.Count);
        Assert.Equal("Maria Garcia", result.Transcript.Cues[0].Speaker);
    }

    [Fact]
    public void Read_Utf16WithBom_Decodes()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Ann: I'll send it.\n")];

        Assert.Equal("Ann", Assert.Single(TranscriptReader.Read(bytes, "x.txt").Transcript!.Cues).Speaker);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\n  ", "empty")]
    [InlineData("\uFEFF", "empty")]
    [InlineData("WEBVTT\n\n", "no cues")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "no cues")]
    public void Read_EmptyInput_SaysWhatIsMissing(string text, string expected)
    {
        TranscriptReadResult result = Read(text, "x.vtt");

        Assert.False(result.IsSuccess);
        Assert.Null(result.Transcript);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_LargerThanTheLimit_RefusesWithTheLimit()
    {
        byte[] bytes = new byte[TranscriptLimits.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)'a');

        TranscriptReadResult result = TranscriptReader.Read(bytes, "big.txt");

        Assert.False(result.IsSuccess);
        Assert.Contains("5 MB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LongerThanFourHours_RefusesWithTheLimit()
    {
        string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.</v>\n\n04:00:01.000 --> 04:00:02.000\n<v Ann>Still here.</v>\n";

        TranscriptReadResult result = Read(vtt, "x.vtt");

        Assert.False(result.IsSuccess);
        Assert.Contains("4 hours", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadTimesAndNoteBlocks_SkipsWhatIsNotACue()
    {
        string vtt = "WEBVTT\n\nNOTE written by hand\n\n99:99:99.000 --> 00:00:01.000\n<v Ann>Broken time.</v>\n\nSTYLE\n::cue { color: red }\n\n00:00:01.000 --> 00:00:02.000\n<v Bo>Good cue.</v>\n";

        TranscriptCue cue = Assert.Single(Read(vtt, "x.vtt").Transcript!.Cues);

        Assert.Equal("Bo", cue.Speaker);
    }

    [Fact]
    public void Read_TextWithoutSpeakers_KeepsTheTextWithoutSpeaker()
    {
        TranscriptCue cue = Assert.Single(Read("Just some notes about the launch.\n", "x.txt").Transcript!.Cues);

        Assert.Null(cue.Speaker);
        Assert.Equal("Just some notes about the launch.", cue.Text);
    }

    private static TranscriptReadResult Read(string text, string fileName) => TranscriptReader.Read(Encoding.UTF8.GetBytes(text), fileName);

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
        }

        return stream.ToArray();
    }
}
