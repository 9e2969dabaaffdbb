using System.Globalization;
using System.Text;

namespace ActionTracker.Benchmarks;

/// <summary>
/// A generated Teams-style WebVTT meeting: four speakers, two-sentence turns; about one sentence in four is a
/// commitment, request or decision (denser than real meetings, so the rules get exercised).
/// </summary>
internal static class SyntheticTranscript
{
    private static readonly string[] Speakers = ["Lena Park", "Omar Haddad", "Priya Nair", "Tom Becker"];

    private static readonly string[] Sentences =
    [
        "I think the numbers for the third quarter look better than we expected, mostly because of the new region.",
        "Um, so the main question is whether the onboarding flow needs another round of user testing.",
        "I'll send the revised budget to finance by Friday.",
        "Can you take a look at the pricing page before the next meeting?",
        "Yeah, that makes sense to me.",
        "We agreed to move the launch to March.",
        "Omar will update the roadmap slides for the board.",
        "Let's go with the blue design for now.",
        "You know, the support queue has been growing since the last release.",
        "We need someone to write up the incident report.",
        "I can do that.",
        "Right, and the vendor contract expires at the end of the month, so we should decide soon.",
        "Priya, you're going to check the legal terms with the vendor.",
        "Okay, so let me just share my screen for a second.",
        "Action item: Tom to book the venue for the offsite.",
        "The dashboard shows that most of the churn comes from accounts in their first ninety days.",
        "Honestly I was surprised by how many people used the export feature last month.",
        "Mm-hmm.",
        "That's a good point, but the data from the survey is a bit thin for that conclusion.",
        "So the design team tried three variants of the checkout page and the second one did best.",
        "I remember we talked about this in September and nobody had numbers then either.",
        "Does anyone know when the new office opens?",
        "The integration with the billing system took longer than planned because of the old API.",
        "Okay, moving on to the next topic on the agenda, which is hiring.",
        "We have two open roles in support and one in engineering at the moment.",
        "Sure, sounds good.",
        "It depends on the region, in some markets the price matters much more than the features.",
        "The last customer call was mostly about the mobile app and its offline mode.",
        "Right, I see what you mean.",
        "Last quarter we shipped four releases and the crash rate went down by half.",
    ];

    /// <summary>About <paramref name="words"/> words of speech spread evenly over <paramref name="duration"/>.</summary>
    public static byte[] Create(int words, TimeSpan duration, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("WEBVTT\n\n");
        var turns = new List<string>();
        int count = 0;
        while (count < words)
        {
            string turn = Sentences[random.Next(Sentences.Length)] + " " + Sentences[random.Next(Sentences.Length)];
            turns.Add(turn);
            count += turn.Split(' ').Length;
        }

        TimeSpan step = duration / turns.Count;
        for (int i = 0; i < turns.Count; i++)
        {
            TimeSpan start = step * i;
            TimeSpan end = start + step;
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}\n{Format(start)} --> {Format(end)}\n<v {Speakers[random.Next(Speakers.Length)]}>{turns[i]}</v>\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Format(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
}
