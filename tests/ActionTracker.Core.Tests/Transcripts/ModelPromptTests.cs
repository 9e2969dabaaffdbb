using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Transcripts;
using ActionTracker.TestSupport;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class ModelPromptTests
{
    [Fact]
    public void Turns_Chunk_NumbersEachTurnWithItsTimeAndSpeaker()
    {
        Transcript transcript = TranscriptReader.Read(Encoding.UTF8.GetBytes("""
            WEBVTT

            00:00:05.000 --> 00:00:08.000
            <v Lena Park>Thanks all, the launch is in two weeks.</v>

            00:01:10.250 --> 00:01:14.000
            <v Omar Haddad>I'll send the revised budget
            to finance by Friday.</v>

            01:02:03.000 --> 01:02:05.000
            <v Lena Park>Great. We agreed to move the launch to March.</v>
            """), "meeting.vtt").Transcript!;

        string turns = ModelPrompt.Turns(transcript, new TranscriptChunk(1, 2), new ExtractionContext { MeetingDate = new DateOnly(2026, 11, 23) });

        GoldenFile.VerifyText("ModelPrompt.Turns.txt", turns);
    }

    [Fact]
    public void Turns_NoTimesNoSpeakersNoDate_SaysSo()
    {
        var transcript = new Transcript { Format = TranscriptFormat.PlainText, Cues = [new TranscriptCue { Text = "We should ship it." }] };

        string turns = ModelPrompt.Turns(transcript, new TranscriptChunk(0, 1), ExtractionContext.None);

        Assert.Equal("Meeting date: unknown\nSpeakers: not named\nTurns 1 to 1 of 1:\n[1] Unknown: We should ship it.\n", turns);
    }

    [Fact]
    public void Schema_FollowsStrictStructuredOutputRules()
    {
        JsonObject schema = JsonNode.Parse(ModelPrompt.Schema)!.AsObject();

        // Strict mode: every object lists all its properties as required and allows no others.
        foreach (JsonObject node in Objects(schema))
        {
            var properties = node["properties"]!.AsObject().Select(p => p.Key).Order().ToList();
            Assert.Equal(properties, node["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order().ToList());
            Assert.False(node["additionalProperties"]!.GetValue<bool>());
        }

        Assert.Equal(3, Objects(schema).Count());
        Assert.Equal(["task", "owner", "due", "quoteTurn", "confidence", "reason"], schema["properties"]!["items"]!["items"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && obj["type"]!.GetValue<string>() == "object")
            {
                yield return obj;
            }

            foreach (KeyValuePair<string, JsonNode?> child in obj)
            {
                if (child.Value is not null)
                {
                    foreach (JsonObject inner in Objects(child.Value))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
