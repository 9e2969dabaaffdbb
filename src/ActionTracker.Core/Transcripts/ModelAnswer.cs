namespace ActionTracker.Core.Transcripts;

/// <summary>
/// A language model's answer for one part of a transcript, as it came back: nothing in it is trusted until
/// <see cref="ModelAnswerValidator"/> has checked it against the transcript.
/// </summary>
public sealed record ModelAnswer
{
    public IReadOnlyList<ModelAnswerItem>? Items { get; init; }

    public IReadOnlyList<ModelAnswerDecision>? Decisions { get; init; }
}
