using System.Collections.Concurrent;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// Short-lived answers of Slack directory lookups (profiles, channel membership), held in memory per instance:
/// a failing or unreachable Web API is asked at most once per key and TTL, and concurrent requests for the same
/// person share one lookup. Bounded: past <see cref="MaxEntries"/> expired entries go, and if that is not enough,
/// everything does (a cache miss only costs one more lookup).
/// </summary>
public sealed class SlackLookupCache
{
    public const int MaxEntries = 10_000;

    /// <summary>How long a failed lookup is not retried.</summary>
    public static readonly TimeSpan FailureTtl = TimeSpan.FromMinutes(2);

    /// <summary>How long a claimed lookup keeps others from starting the same one.</summary>
    public static readonly TimeSpan ClaimTtl = TimeSpan.FromSeconds(30);

    /// <summary>How long a channel membership answer is trusted.</summary>
    public static readonly TimeSpan MembershipTtl = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public SlackLookupCache(TimeProvider time)
    {
        _time = time;
    }

    public int Count => _entries.Count;

    public static string ProfileKey(string tenant, string userId) => "profile|" + tenant + "|" + userId;

    public static string MembershipKey(string tenant, string conversationId, string userId) => "member|" + tenant + "|" + conversationId + "|" + userId;

    /// <summary>True when the caller may run the lookup now: nobody else is running it and it did not fail recently.</summary>
    public bool TryClaim(string key)
    {
        DateTimeOffset now = _time.GetUtcNow();
        var claim = new Entry(now + ClaimTtl, false);
        while (true)
        {
            if (_entries.TryGetValue(key, out Entry current))
            {
                if (current.Until > now)
                {
                    return false;
                }

                if (_entries.TryUpdate(key, claim, current))
                {
                    return true;
                }

                continue;
            }

            MakeRoom(now);
            if (_entries.TryAdd(key, claim))
            {
                return true;
            }
        }
    }

    /// <summary>The lookup failed: nobody retries it before <see cref="FailureTtl"/> has passed.</summary>
    public void Fail(string key) => Set(key, false, FailureTtl);

    /// <summary>The lookup succeeded and its result is stored elsewhere: the next miss may look again.</summary>
    public void Release(string key) => _entries.TryRemove(key, out _);

    public void Set(string key, bool value, TimeSpan ttl)
    {
        DateTimeOffset now = _time.GetUtcNow();
        MakeRoom(now);
        _entries[key] = new Entry(now + ttl, value);
    }

    public bool TryGet(string key, out bool value)
    {
        value = false;
        if (!_entries.TryGetValue(key, out Entry entry) || entry.Until <= _time.GetUtcNow())
        {
            return false;
        }

        value = entry.Value;
        return true;
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (_entries.Count < MaxEntries)
        {
            return;
        }

        foreach (KeyValuePair<string, Entry> entry in _entries)
        {
            if (entry.Value.Until <= now)
            {
                _entries.TryRemove(entry);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }

    private readonly record struct Entry(DateTimeOffset Until, bool Value);
}
