using System.Globalization;
using System.Text;

namespace ActionTracker.Core.Transcripts;

/// <summary>
/// What a language model is asked: the instructions, the numbered speaker turns of one chunk, and the strict JSON
/// schema of the answer. Quotes are asked for by turn number only, so the quoted text always comes from our transcript.
/// </summary>
public static class ModelPrompt
{
    public const string SchemaName = "meeting_drafts";

    public const string Instructions = """
        You read meeting transcripts and list the action items and decisions a person would confirm afterwards.
        An action item is work someone committed to or was asked to do after the meeting: "I'll send…", "can you take…",
        "Maria will…", "action item:", follow-ups agreed at the end. Not: questions, past work, general discussion, hopes.
        A decision is something the meeting settled: "we agreed…", "decision:", "let's go with…".
        For each item give:
        - task: a short imperative phrase of at most 12 words, e.g. "Send the revised budget to finance".
        - owner: the person responsible, spelled exactly as a speaker name or a name said in the transcript; for "I'll…" the
          speaker, for "can you…" the person addressed; null when nobody is named.
        - due: the deadline words exactly as said ("by Friday", "before next meeting"), or null; never invent a date.
        - quoteTurn: the number in square brackets of the one turn that states the item.
        - confidence: 0 to 1, how sure you are that this is a real, agreed action item.
        - reason: a few words on why it is an action item.
        For each decision give text (one short sentence) and quoteTurn.
        Use only turns shown below. Answer with the JSON object only; empty lists when there is nothing.
        """;

    /// <summary>The answer's JSON schema, in the strict form structured output requires (every field required, no extras).</summary>
    public const string Schema = """
        {
          "type": "object",
          "properties": {
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "task": { "type": "string", "description": "Short imperative task phrase." },
                  "owner": { "type": ["string", "null"], "description": "Responsible person as named in the transcript, or null." },
                  "due": { "type": ["string", "null"], "description": "Deadline words as said, or null." },
                  "quoteTurn": { "type": "integer", "description": "Number of the turn that states the item." },
                  "confidence": { "type": "number", "description": "0 to 1." },
                  "reason": { "type": "string", "description": "Why this is an action item." }
                },
                "required": ["task", "owner", "due", "quoteTurn", "confidence", "reason"],
                "additionalProperties": false
              }
            },
            "decisions": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "text": { "type": "string", "description": "The decision in one short sentence." },
                  "quoteTurn": { "type": "integer", "description": "Number of the turn that states the decision." }
                },
                "required": ["text", "quoteTurn"],
                "additionalProperties": false
              }
            }
          },
          "required": ["items", "decisions"],
          "additionalProperties": false
        }
        """;

    /// <summary>Turn numbers shown to the model: the cue index plus one.</summary>
    public static int TurnNumber(int cueIndex) => cueIndex + 1;

    /// <summary>The user message for one chunk: meeting facts, then one line per turn "[n] HH:MM:SS Speaker: text".</summary>
    public static string Turns(Transcript transcript, TranscriptChunk chunk, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(context);
        var text = new StringBuilder(chunk.Count * 120);
        text.Append("Meeting date: ").Append(context.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown").Append('\n');
        IReadOnlyList<string> speakers = transcript.Speakers;
        text.Append("Speakers: ").Append(speakers.Count == 0 ? "not named" : string.Join(", ", speakers)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Turns {TurnNumber(chunk.First)} to {TurnNumber(chunk.End - 1)} of {transcript.Cues.Count}:\n");
        for (int i = chunk.First; i < chunk.End; i++)
        {
            TranscriptCue cue = transcript.Cues[i];
            text.Append('[').Append(TurnNumber(i).ToString(CultureInfo.InvariantCulture)).Append("] ");
            if (cue.Start is { } start)
            {
                text.Append(CultureInfo.InvariantCulture, $"{(int)start.TotalHours:00}:{start.Minutes:00}:{start.Seconds:00} ");
            }

            text.Append(cue.Speaker ?? "Unknown").Append(": ").Append(OneLine(cue.Text)).Append('\n');
        }

        return text.ToString();
    }

    private static string OneLine(string text) => text.Contains('\n', StringComparison.Ordinal) ? text.ReplaceLineEndings(" ") : text;
}
