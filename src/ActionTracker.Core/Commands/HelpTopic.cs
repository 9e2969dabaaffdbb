namespace ActionTracker.Core.Commands;

/// <summary>The help text for one command verb; <see cref="Usage"/> is also what a <see cref="ParseFailure"/> shows.</summary>
public sealed record HelpTopic(string Verb, string Summary, string Usage, IReadOnlyList<string> Examples);
