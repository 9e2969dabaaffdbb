using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Bot.Tests.Extraction;

/// <summary>A short meeting: a commitment (turn 2), a decision (turn 3) and a request to a person named in speech (turn 4).</summary>
internal static class ExtractionTranscripts
{
    public const string Vtt = """
        WEBVTT

        1
        00:00:05.000 --> 00:00:08.000
        <v Lena Park>Thanks all, the launch is in two weeks.</v>

        2
        00:01:10.250 --> 00:01:14.000
        <v Omar Haddad>I'll send the revised budget to finance by Friday.</v>

        3
        00:01:15.000 --> 00:01:17.000
        <v Lena Park>Great. We agreed to move the launch to March.</v>

        4
        00:01:30.000 --> 00:01:34.000
        <v Lena Park>Priya, can you update the launch checklist by tomorrow?</v>

        5
        00:01:40.000 --> 00:01:42.000
        <v Omar Haddad>Sounds good to me.</v>
        """;

    /// <summary>What a capable model answers: owners by first name, the deadline words, a confidence over 1.</summary>
    public const string GoodAnswer = """
        {"items":[
          {"task":"Omar will send the revised budget to finance by Friday","owner":"Omar","due":"by Friday","quoteTurn":2,"confidence":0.9,"reason":"first-person commitment"},
          {"task":"Update the launch checklist","owner":"Priya","due":"by tomorrow","quoteTurn":4,"confidence":1.4,"reason":"request to a named person"}],
         "decisions":[{"text":"Move the launch to March.","quoteTurn":3}]}
        """;

    public static Transcript Parse() => TranscriptReader.Read(Encoding.UTF8.GetBytes(Vtt), "meeting.vtt").Transcript!;

    public static ExtractionContext Context => new() { MeetingDate = new DateOnly(2026, 11, 23) };
}
