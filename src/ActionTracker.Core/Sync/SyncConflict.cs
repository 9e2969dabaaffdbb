using System.Globalization;

namespace ActionTracker.Core.Sync;

/// <summary>Both copies changed since the last sync and disagree about completion; the later change won.</summary>
public sealed record SyncConflict(SyncSide Winner, DateTimeOffset OursChangedAt, DateTimeOffset TheirsChangedAt)
{
    /// <summary>The audit text: which side won and the two change times.</summary>
    public string Describe()
    {
        string ours = OursChangedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        string theirs = TheirsChangedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return Winner == SyncSide.Ours
            ? $"ActionTracker won (changed {ours}, after Microsoft To Do at {theirs})"
            : $"Microsoft To Do won (changed {theirs}, after ActionTracker at {ours})";
    }
}
