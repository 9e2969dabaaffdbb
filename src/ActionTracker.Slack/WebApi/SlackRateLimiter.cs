using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace ActionTracker.Slack.WebApi;

/// <summary>
/// Paces Web API calls to Slack's per-method tiers per workspace token (chat.postMessage per channel), so bulk work such
/// as reminder sweeps and digests waits its turn instead of collecting 429s. A burst up to the tier's per-minute
/// allowance goes out at once (Slack tolerates bursts); after that each call waits for its slot. A 429's Retry-After
/// holds back every caller of that method and workspace. In memory per instance; bounded.
/// </summary>
public sealed class SlackRateLimiter
{
    public const int MaxBuckets = 10_000;

    private static readonly FrozenDictionary<string, SlackRateLimit> Limits = new Dictionary<string, SlackRateLimit>(StringComparer.Ordinal)
    {
        ["chat.postMessage"] = SlackRateLimit.PostMessage,
        ["chat.postEphemeral"] = SlackRateLimit.Tier4,
        ["chat.update"] = SlackRateLimit.Tier3,
        ["conversations.open"] = SlackRateLimit.Tier3,
        ["conversations.members"] = SlackRateLimit.Tier4,
        ["users.info"] = SlackRateLimit.Tier4,
        ["users.lookupByEmail"] = SlackRateLimit.Tier3,
        ["users.list"] = SlackRateLimit.Tier2,
        ["team.info"] = SlackRateLimit.Tier3,
        ["views.open"] = SlackRateLimit.Tier4,
        ["views.update"] = SlackRateLimit.Tier4,
        ["views.push"] = SlackRateLimit.Tier4,
        ["views.publish"] = SlackRateLimit.Tier4,
        ["files.info"] = SlackRateLimit.Tier4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public SlackRateLimiter(TimeProvider time)
    {
        _time = time;
    }

    public int BucketCount => _buckets.Count;

    public static SlackRateLimit? LimitOf(string method) => Limits.GetValueOrDefault(method);

    /// <summary>Takes the next slot for this call and returns how long to wait for it (zero: go now).</summary>
    public TimeSpan Reserve(string method, string token, string? channel)
    {
        SlackRateLimit? limit = LimitOf(method);
        string key = Key(method, token, limit?.PerChannel == true ? channel : null);
        DateTimeOffset now = _time.GetUtcNow();
        if (limit is null && !_buckets.ContainsKey(key))
        {
            return TimeSpan.Zero;
        }

        return BucketFor(key, now).Reserve(limit, now);
    }

    public async Task WaitAsync(string method, string token, string? channel, CancellationToken cancellationToken)
    {
        TimeSpan wait = Reserve(method, token, channel);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Slack answered 429: nobody calls this method for this workspace (or channel) before Retry-After.</summary>
    public void Penalize(string method, string token, string? channel, TimeSpan retryAfter)
    {
        SlackRateLimit? limit = LimitOf(method);
        string key = Key(method, token, limit?.PerChannel == true ? channel : null);
        DateTimeOffset now = _time.GetUtcNow();
        BucketFor(key, now).Hold(now + retryAfter);
    }

    private static string Key(string method, string token, string? channel)
    {
        // The token identifies the workspace; keep only a fingerprint of it in memory.
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(token), hash);
        return method + "|" + Convert.ToHexString(hash[..12]) + (channel is null ? string.Empty : "|" + channel);
    }

    private Bucket BucketFor(string key, DateTimeOffset now)
    {
        if (_buckets.TryGetValue(key, out Bucket? bucket))
        {
            return bucket;
        }

        if (_buckets.Count >= MaxBuckets)
        {
            foreach (KeyValuePair<string, Bucket> idle in _buckets)
            {
                if (idle.Value.IsIdle(now))
                {
                    _buckets.TryRemove(idle);
                }
            }
        }

        return _buckets.GetOrAdd(key, _ => new Bucket());
    }

    /// <summary>Generic cell rate algorithm: one theoretical arrival time per bucket, a burst of <c>Calls</c> tolerated.</summary>
    private sealed class Bucket
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _theoreticalArrival = DateTimeOffset.MinValue;
        private DateTimeOffset _heldUntil = DateTimeOffset.MinValue;

        public TimeSpan Reserve(SlackRateLimit? limit, DateTimeOffset now)
        {
            lock (_lock)
            {
                DateTimeOffset start = now > _heldUntil ? now : _heldUntil;
                if (limit is null)
                {
                    return start - now;
                }

                TimeSpan burst = limit.Interval * (limit.Calls - 1);
                DateTimeOffset arrival = _theoreticalArrival > start ? _theoreticalArrival : start;
                DateTimeOffset allowedAt = arrival - burst;
                if (allowedAt < start)
                {
                    allowedAt = start;
                }

                _theoreticalArrival = arrival + limit.Interval;
                return allowedAt - now;
            }
        }

        public void Hold(DateTimeOffset until)
        {
            lock (_lock)
            {
                if (until > _heldUntil)
                {
                    _heldUntil = until;
                }
            }
        }

        public bool IsIdle(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _theoreticalArrival <= now && _heldUntil <= now;
            }
        }
    }
}
