namespace ActionTracker.Core.Views;

/// <summary>A channel-neutral piece of an answer; Teams renders it as an Adaptive Card, Slack as Block Kit.</summary>
public abstract record ChatView;
