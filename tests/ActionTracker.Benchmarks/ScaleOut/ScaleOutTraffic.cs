using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActionTracker.Benchmarks.ScaleOut;

/// <summary>
/// Mixed Teams and Slack traffic through the load balancer at a steady rate (open loop): help, add, list and done on
/// both platforms, plus deliberate platform redeliveries sent straight to two different instances (the same Teams
/// activity id twice; a Slack event and its X-Slack-Retry-Num redelivery). Every add carries a unique title token,
/// so the checks can count items and reminders by title; adds due today must each get one reminder.
/// </summary>
internal sealed partial class ScaleOutTraffic : IDisposable
{
    public const int Tenants = 4;
    public const int UsersPerTenant = 8;

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private readonly Uri _balancer;
    private readonly IReadOnlyList<Uri> _instances;
    private readonly string _serviceUrl;
    private readonly string _secret;
    private readonly string _zone;
    private readonly string _run = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 4);
    private readonly ConcurrentQueue<(bool Teams, int Person, long Number)> _open = new();
    private readonly ConcurrentBag<Sample> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _teamsToken;
    private int _sequence;

    public ScaleOutTraffic(Uri balancer, IReadOnlyList<Uri> instances, string serviceUrl, string teamsToken, string secret, string zone)
    {
        _balancer = balancer;
        _instances = instances;
        _serviceUrl = serviceUrl;
        _teamsToken = teamsToken;
        _secret = secret;
        _zone = zone;
        Alive = Enumerable.Repeat(true, instances.Count).ToArray();
    }

    /// <summary>Instances still running: redeliveries go to two of these.</summary>
    public bool[] Alive { get; }

    /// <summary>Title tokens of every add the bot acknowledged (a redelivered add counts once), with the platform it came from.</summary>
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Title tokens of adds acknowledged by queueing them (Slack events): stored once a queue worker has run them.</summary>
    public ConcurrentDictionary<string, bool> Queued { get; } = new(StringComparer.Ordinal);

    /// <summary>Title tokens of acknowledged adds that are due today and never closed: each must get one reminder.</summary>
    public ConcurrentDictionary<string, bool> DueToday { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Sample> Samples => _samples;

    public double ElapsedMs => _clock.Elapsed.TotalMilliseconds;

    public static Regex TitleToken { get; } = TitleTokenRegex();

    public void Dispose() => _http.Dispose();

    public void RenewToken(string token) => _teamsToken = token;

    public static string TeamsTenant(int tenant) => "5ca1e000-0000-4000-8000-" + tenant.ToString("D12", CultureInfo.InvariantCulture);

    public static string TeamsPerson(int person) => "5ca1e0a0-0000-4000-8000-" + person.ToString("D12", CultureInfo.InvariantCulture);

    public static string SlackTeam(int tenant) => "TSCALE" + tenant.ToString(CultureInfo.InvariantCulture);

    public static string SlackPerson(int person) => "USCALE" + person.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>
    /// Every person sets the zone where it is working hours now, so "due today" and the reminder window are the same
    /// for all, whatever profile lookups return under load.
    /// </summary>
    public async Task<int> SetUpPeopleAsync()
    {
        int failed = 0;
        for (int person = 0; person < Tenants * UsersPerTenant; person++)
        {
            string text = "settings timezone " + _zone;
            failed += await TeamsAsync(_balancer, text, "s" + person.ToString(CultureInfo.InvariantCulture), person) is null ? 1 : 0;
            failed += await SlackCommandAsync(text, person) is null ? 1 : 0;
        }

        return failed;
    }

    /// <summary>Runs the mix at <paramref name="rate"/> requests per second for <paramref name="duration"/>; samples are kept when <paramref name="record"/>.</summary>
    public async Task RunAsync(int rate, TimeSpan duration, bool record, CancellationToken cancellationToken)
    {
        int first = _sequence;
        var started = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        int workers = Math.Max(32, rate / 2);
        Task[] loops = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                int n = Interlocked.Increment(ref _sequence);
                TimeSpan wait = TimeSpan.FromSeconds((double)(n - first) / rate) - started.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(wait, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }

                await OneAsync(n, record);
            }
        })).ToArray();
        await Task.WhenAll(loops);
    }

    private async Task OneAsync(int n, bool record)
    {
        int person = (n / 20) % (Tenants * UsersPerTenant);
        int slot = n % 20;
        double start = ElapsedMs;
        (string path, bool ok) = slot switch
        {
            < 3 => ("teams-help", await TeamsAsync(_balancer, "help", "h" + n, person) is not null),
            < 6 => ("slack-help", await SlackCommandAsync("help", person) is not null),
            < 9 => ("teams-add", await AddAsync(teams: true, n, person)),
            < 12 => ("slack-add", await AddAsync(teams: false, n, person)),
            12 or 14 => ("teams-list", await TeamsAsync(_balancer, "list", "l" + n, person) is not null),
            13 or 15 => ("slack-list", await SlackCommandAsync("list", person) is not null),
            16 => await DoneAsync(teams: true, n),
            17 => await DoneAsync(teams: false, n),
            18 => ("teams-retry", await TeamsRedeliveryAsync(n, person)),
            _ => ("slack-retry", await SlackRedeliveryAsync(n, person)),
        };
        if (record)
        {
            _samples.Add(new Sample(path, start, ElapsedMs - start, ok));
        }
    }

    private string NewTitle(int n, bool due, out string token)
    {
        token = "sx" + _run + n.ToString("D6", CultureInfo.InvariantCulture);
        return "add Scale item " + token + (due ? " due today" : string.Empty);
    }

    private async Task<bool> AddAsync(bool teams, int n, int person)
    {
        bool due = n % 2 == 0;
        string text = NewTitle(n, due, out string token);
        string? reply = teams ? await TeamsAsync(_balancer, text, "a" + n, person) : await SlackCommandAsync(text, person);
        if (reply is null || ItemNumber().Match(reply) is not { Success: true } number)
        {
            return false;
        }

        Acknowledge(token, due, teams ? "teams" : "slack");
        if (!due)
        {
            _open.Enqueue((teams, person, long.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture)));
        }

        return true;
    }

    private void Acknowledge(string token, bool due, string platform)
    {
        Acknowledged[token] = platform;
        if (due)
        {
            DueToday[token] = true;
        }
    }

    private async Task<(string, bool)> DoneAsync(bool teams, int n)
    {
        // Closes an item without a due date (so the reminders expected stay exactly the due-today ones).
        if (!TryTakeOpen(teams, out (bool Teams, int Person, long Number) item))
        {
            return teams
                ? ("teams-list", await TeamsAsync(_balancer, "list", "l" + n, n % (Tenants * UsersPerTenant)) is not null)
                : ("slack-list", await SlackCommandAsync("list", n % (Tenants * UsersPerTenant)) is not null);
        }

        string text = "done #" + item.Number.ToString(CultureInfo.InvariantCulture);
        string? reply = teams ? await TeamsAsync(_balancer, text, "d" + n, item.Person) : await SlackCommandAsync(text, item.Person);
        return (teams ? "teams-done" : "slack-done", reply is not null);
    }

    private bool TryTakeOpen(bool teams, out (bool Teams, int Person, long Number) item)
    {
        for (int i = 0; i < 4 && _open.TryDequeue(out item); i++)
        {
            if (item.Teams == teams)
            {
                return true;
            }

            _open.Enqueue(item);
        }

        item = default;
        return false;
    }

    /// <summary>The same add activity (same id) to two different instances, at once or one after the other.</summary>
    private async Task<bool> TeamsRedeliveryAsync(int n, int person)
    {
        bool due = n % 4 == 2;
        string text = NewTitle(n, due, out string token);
        (Uri first, Uri second) = TwoInstances(n);
        string id = "r" + n.ToString(CultureInfo.InvariantCulture);
        string?[] replies = n % 40 < 20
            ? await Task.WhenAll(TeamsAsync(first, text, id, person), TeamsAsync(second, text, id, person))
            : [await TeamsAsync(first, text, id, person), await TeamsAsync(second, text, id, person)];
        if (replies.All(r => r is null))
        {
            return false;
        }

        if (replies.Any(r => r is not null && ItemNumber().IsMatch(r)))
        {
            Acknowledge(token, due, "teams");
        }

        return true;
    }

    /// <summary>An add sent as a DM event, then redelivered by "Slack" with X-Slack-Retry-Num to another instance.</summary>
    private async Task<bool> SlackRedeliveryAsync(int n, int person)
    {
        bool due = n % 4 == 3;
        string text = NewTitle(n, due, out string token);
        (Uri first, Uri second) = TwoInstances(n);
        string user = SlackPerson(person);
        string team = SlackTeam(person / UsersPerTenant);
        var body = new JsonObject
        {
            ["token"] = "unused",
            ["team_id"] = team,
            ["api_app_id"] = "ALOAD",
            ["type"] = "event_callback",
            ["event_id"] = "Ev" + _run.ToUpperInvariant() + n.ToString(CultureInfo.InvariantCulture),
            ["event_time"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
            ["event"] = new JsonObject
            {
                ["type"] = "message",
                ["channel_type"] = "im",
                ["channel"] = "D" + user,
                ["user"] = user,
                ["text"] = text,
                ["ts"] = "1767225600." + n.ToString("D6", CultureInfo.InvariantCulture),
            },
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = team, ["user_id"] = "USCALEBOT", ["is_bot"] = true }),
        };
        string json = body.ToJsonString();
        bool acked = await SlackSignedAsync(new Uri(first, "slack/events"), json, "application/json", retry: 0) is not null;
        acked |= await SlackSignedAsync(new Uri(second, "slack/events"), json, "application/json", retry: 1) is not null;
        if (acked)
        {
            // Acknowledged means queued: the item appears once the queue worker of some instance has run it.
            Acknowledge(token, due, "slack");
            Queued[token] = true;
        }

        return acked;
    }

    private (Uri First, Uri Second) TwoInstances(int n)
    {
        int[] alive = Enumerable.Range(0, _instances.Count).Where(i => Alive[i]).ToArray();
        int a = alive[n % alive.Length];
        int b = alive[(n + 1) % alive.Length];
        return (_instances[a], _instances[b]);
    }

    private async Task<string?> TeamsAsync(Uri baseUrl, string text, string id, int person)
    {
        int tenant = person / UsersPerTenant;
        string aad = TeamsPerson(person);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = _run + "-" + id,
            ["timestamp"] = TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = _serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + aad, ["name"] = "Person " + person.ToString(CultureInfo.InvariantCulture), ["aadObjectId"] = aad },
            ["conversation"] = new JsonObject { ["id"] = "a:dm-" + aad, ["conversationType"] = "personal", ["tenantId"] = TeamsTenant(tenant) },
            ["recipient"] = new JsonObject { ["id"] = "28:" + TeamsTokens.AppId, ["name"] = "ActionTracker" },
            ["text"] = text,
            ["deliveryMode"] = "expectReplies",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsTenant(tenant) } },
            ["locale"] = "en-GB",
            ["localTimezone"] = _zone,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "api/messages"))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _teamsToken);
        return await SendAsync(request);
    }

    private Task<string?> SlackCommandAsync(string text, int person)
    {
        string user = SlackPerson(person);
        string body = "token=unused&team_id=" + SlackTeam(person / UsersPerTenant) + "&team_domain=scale&channel_id=D" + user + "&channel_name=directmessage"
            + "&user_id=" + user + "&user_name=" + user.ToLowerInvariant() + "&command=%2Faction&text=" + Uri.EscapeDataString(text)
            + "&api_app_id=ALOAD&response_url=" + Uri.EscapeDataString(_serviceUrl + "response") + "&trigger_id=1." + person.ToString(CultureInfo.InvariantCulture);
        return SlackSignedAsync(new Uri(_balancer, "slack/commands"), body, "application/x-www-form-urlencoded", retry: 0);
    }

    private async Task<string?> SlackSignedAsync(Uri url, string body, string contentType, int retry)
    {
        string timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), Encoding.UTF8.GetBytes("v0:" + timestamp + ":" + body));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(hash));
        if (retry > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await SendAsync(request);
    }

    /// <summary>The body of a 2xx answer, or null for anything else (refused, failed, timed out).</summary>
    private async Task<string?> SendAsync(HttpRequestMessage request)
    {
        try
        {
            using HttpResponseMessage response = await _http.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode ? body : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"sx[a-z]{4}\d{6}")]
    private static partial Regex TitleTokenRegex();

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex ItemNumber();

    /// <summary>One request: its path, when it started (ms since the traffic began), how long it took, and whether it succeeded.</summary>
    internal sealed record Sample(string Path, double StartMs, double Ms, bool Ok);
}
