namespace ActionTracker.Core.Transcripts;

/// <summary>Who a commitment cue makes responsible.</summary>
internal enum CommitmentKind
{
    /// <summary>"I'll send…": the speaker.</summary>
    Speaker,

    /// <summary>"You'll look into…", "can you take…": the person addressed.</summary>
    Addressee,

    /// <summary>"Maria will…", "let's have Tom…", "action item for Tom": the person named.</summary>
    Named,

    /// <summary>"We need someone to…": whoever volunteers next, if anybody.</summary>
    Volunteer,

    /// <summary>"We need to…", "let's…": the group; no single owner.</summary>
    Group,
}
