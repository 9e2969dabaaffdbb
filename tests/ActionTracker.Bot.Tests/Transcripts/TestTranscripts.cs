using System.Globalization;
using System.Text;

namespace ActionTracker.Bot.Tests.Transcripts;

/// <summary>
/// Meeting transcripts with four plain commitments and one decision among ordinary discussion (the extractor allows
/// more items in longer meetings, so the discussion is long enough for four).
/// </summary>
internal static class TestTranscripts
{
    public static readonly (string Speaker, string Text)[] Commitments =
    [
        ("Megan Bowen", "I'll send the budget to finance by Friday."),
        ("Maria Garcia", "I'll book the offsite venue by next Tuesday."),
        ("Tom Lee", "I'll send the signed contract to legal by Thursday."),
        ("Priya Shah", "I'll update the roadmap slides by Monday."),
    ];

    public const string Decision = "We agreed to move the launch to March.";

    private static readonly string[] Discussion =
    [
        "The numbers from the northern region look reasonable compared with the same quarter last year.",
        "Most of the customer feedback was about delivery times rather than the price of the service.",
        "The venue we used last year was too small for the whole group and the parking was difficult.",
        "Lunch was the main complaint in the feedback survey, especially for people with dietary needs.",
        "Hiring has been slower than planned because two candidates accepted other offers in October.",
        "The interns start in January and most of them will join the platform team for the first months.",
        "Support tickets went down after the last release, which is good news for the whole team.",
        "The roadmap still shows the old launch date, and several customers have asked about it already.",
    ];

    private static readonly string[] Speakers = ["Megan Bowen", "Maria Garcia", "Tom Lee", "Priya Shah"];

    /// <summary>"Name: text" lines.</summary>
    public static string Plain() => string.Join('\n', Lines().Select(l => l.Speaker + ": " + l.Text));

    /// <summary>Teams-style WebVTT with voice spans.</summary>
    public static string Vtt()
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        int second = 0;
        foreach ((string speaker, string text) in Lines())
        {
            vtt.Append(CultureInfo.InvariantCulture, $"{Time(second)} --> {Time(second + 5)}\n<v {speaker}>{text}</v>\n\n");
            second += 6;
        }

        return vtt.ToString();
    }

    private static IEnumerable<(string Speaker, string Text)> Lines()
    {
        yield return ("Megan Bowen", "Thanks everyone for joining, let's go through the budget, the offsite and the launch.");
        int commitment = 0;
        for (int round = 0; round < 16; round++)
        {
            for (int i = 0; i < Discussion.Length; i += 2)
            {
                yield return (Speakers[(round + i) % Speakers.Length], Discussion[(round + i) % Discussion.Length]);
            }

            if (round % 4 == 1 && commitment < Commitments.Length)
            {
                yield return Commitments[commitment++];
            }
        }

        yield return ("Megan Bowen", Decision);
        yield return ("Megan Bowen", "Thanks all, see you next week.");
    }

    private static string Time(int seconds) => TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) + ".000";
}
