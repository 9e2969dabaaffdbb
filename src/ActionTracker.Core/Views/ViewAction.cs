using ActionTracker.Core.Items;

namespace ActionTracker.Core.Views;

/// <summary>
/// A button. <see cref="Command"/> is the command text it runs (e.g. <c>done #42</c>); the channel sends it back with the
/// authenticated tenant, so a forged payload can only name ids inside the clicker's own tenant. Actions that need input
/// (snooze until, new date, reassign, edit) carry the command prefix the input completes.
/// </summary>
public sealed record ViewAction(ViewActionKind Kind, string Label, string Command, ItemNumber? Item = null, int? Revision = null);
