using System.Globalization;
using System.Text.RegularExpressions;
using ActionTracker.Storage.Keys;
using ActionTracker.TestSupport.ScaleOut;
using Azure.Data.Tables;

namespace ActionTracker.Benchmarks.ScaleOut;

/// <summary>
/// <c>--scale-out --bot-dll DLL --balancer URL --instance-ports P1,P2,P3 --sink-port P --work DIR [--seconds 30] [--rate 200] [--kill-one]</c>
/// (storage from ACTIONTRACKER_BENCH_STORAGE). Starts the platform sinks and the bot instances (the load balancer in
/// front of them is the caller's), drives the mix, drains, and judges the run with <see cref="ScaleOutVerdict"/>.
/// </summary>
internal static partial class ScaleOutCommand
{
    private const string Secret = "scale-out-secret";

    // Short sweep timing, so that a half-minute run has a bucket every few seconds and a killed instance's lease and
    // claims expire inside the run. The claim outlives the lease, as the bot requires.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LeaseBucket = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan ClaimStaleAfter = TimeSpan.FromSeconds(8);

    /// <summary>p99 targets of issues 5 and 6 (at a steady 200 req/s): help 10 ms, add 100 ms, Slack list 50 ms, Teams list 100 ms.</summary>
    private static readonly Dictionary<string, double> Targets = new(StringComparer.Ordinal)
    {
        ["teams-help"] = 10,
        ["slack-help"] = 10,
        ["teams-add"] = 100,
        ["slack-add"] = 100,
        ["teams-list"] = 100,
        ["slack-list"] = 50,
    };

    // Working hours are 09:00-17:30 on weekdays in the person's zone: one zone is picked where it is late morning now.
    private static readonly string[] Zones =
    [
        "Pacific/Kiritimati", "Pacific/Auckland", "Australia/Sydney", "Asia/Tokyo", "Asia/Shanghai", "Asia/Bangkok", "Asia/Dhaka",
        "Asia/Karachi", "Asia/Dubai", "Europe/Moscow", "Europe/Athens", "Europe/Berlin", "Europe/London", "Atlantic/Azores",
        "America/Noronha", "America/Sao_Paulo", "America/Halifax", "America/New_York", "America/Chicago", "America/Denver",
        "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "Pacific/Pago_Pago",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        string botDll = Value(args, "--bot-dll") ?? throw new ArgumentException("--bot-dll is required");
        var balancer = new Uri(Value(args, "--balancer") ?? throw new ArgumentException("--balancer is required"));
        int[] ports = (Value(args, "--instance-ports") ?? throw new ArgumentException("--instance-ports is required")).Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int sinkPort = int.Parse(Value(args, "--sink-port") ?? throw new ArgumentException("--sink-port is required"), CultureInfo.InvariantCulture);
        string work = Value(args, "--work") ?? Path.GetTempPath();
        var duration = TimeSpan.FromSeconds(double.Parse(Value(args, "--seconds") ?? "30", CultureInfo.InvariantCulture));
        int rate = int.Parse(Value(args, "--rate") ?? "200", CultureInfo.InvariantCulture);
        bool killOne = args.Contains("--kill-one");
        string storage = Environment.GetEnvironmentVariable("ACTIONTRACKER_BENCH_STORAGE") ?? throw new ArgumentException("ACTIONTRACKER_BENCH_STORAGE is required");
        string prefix = "so" + Guid.NewGuid().ToString("N")[..8];

        string? zone = WorkingZone(TimeProvider.System.GetUtcNow());
        Console.WriteLine(zone is null
            ? "No time zone is inside working hours on a weekday right now (it is the weekend everywhere): no reminders can be due, so the reminder checks see none."
            : $"People work in {zone} (local time {TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(zone)):ddd HH:mm}); adds due today get a reminder.");

        await using PlatformSinks sinks = await PlatformSinks.StartAsync(sinkPort);
        sinks.TimeZone = zone ?? "UTC";
        var shared = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Storage__ConnectionString"] = storage,
            ["Storage__EncryptionKey"] = "scale-out-encryption-key",
            ["Storage__TablePrefix"] = prefix,
            ["Storage__QueueName"] = prefix,
            ["Teams__AppId"] = TeamsTokens.AppId,
            ["Teams__AppPassword"] = "scale-out-secret",
            ["Teams__OpenIdMetadataUrl"] = sinks.BaseUrl + "openid",
            ["Teams__TokenEndpoint"] = sinks.BaseUrl + "token",
            ["Teams__AllowedServiceUrlHosts__0"] = "127.0.0.1",
            ["Slack__SigningSecret"] = Secret,
            ["Slack__AppId"] = "ALOAD",
            ["Slack__BotToken"] = "xoxb-scale-out",
            ["Worker__PollInterval"] = "00:00:00.200",
            ["Scheduler__SweepInterval"] = SweepInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Scheduler__LeaseBucket"] = LeaseBucket.ToString("c", CultureInfo.InvariantCulture),
            ["Scheduler__LeaseDuration"] = LeaseDuration.ToString("c", CultureInfo.InvariantCulture),
            ["Scheduler__ClaimStaleAfter"] = ClaimStaleAfter.ToString("c", CultureInfo.InvariantCulture),
        };
        await using var instances = new BotInstances(ports, work);
        instances.Start(botDll, shared, k => new Dictionary<string, string>(StringComparer.Ordinal) { ["Slack__ApiBaseUrl"] = sinks.SlackApiBase(k) });
        using var health = new HttpClient();
        await instances.WaitHealthyAsync(health, TimeSpan.FromSeconds(60));
        await WaitBalancerAsync(health, balancer);

        string token = TeamsTokens.Create(sinks.SigningKey, sinks.BaseUrl, TimeSpan.FromHours(1));
        using var traffic = new ScaleOutTraffic(balancer, instances.Urls, sinks.BaseUrl, token, Secret, zone ?? "UTC");

        int setUpFailures = await traffic.SetUpPeopleAsync();
        if (setUpFailures > 0)
        {
            Console.WriteLine($"{setUpFailures} of {ScaleOutTraffic.Tenants * ScaleOutTraffic.UsersPerTenant * 2} people could not set their time zone: their reminders may fall outside working hours.");
        }

        // Warm-up (JIT, connection pools, token and key caches), at a lower rate; its adds are checked like the rest.
        await traffic.RunAsync(Math.Max(20, rate / 4), TimeSpan.FromSeconds(3), record: false, CancellationToken.None);
        double measuredFrom = traffic.ElapsedMs;
        Console.WriteLine($"Measured run: {duration.TotalSeconds:F0} s at {rate} req/s through the balancer, {ports.Length} instances{(killOne ? ", one killed mid-run" : string.Empty)}.");

        var kill = new KillSwitch(instances, traffic, measuredFrom + (duration.TotalMilliseconds * 0.25));
        if (killOne)
        {
            sinks.BeforeSlackAnswer = kill.OnSlackMessageAsync;
        }

        Task run = traffic.RunAsync(rate, duration, record: true, CancellationToken.None);
        if (killOne)
        {
            // If no reminder DM goes out in the window, kill anyway at 75 % of the run.
            await Task.WhenAny(run, Task.Delay(duration * 0.75));
            kill.KillNow(instance: 1, "no reminder DM was in flight");
        }

        await run;
        Console.WriteLine("Traffic done; draining (queue work, last reminder buckets).");
        await DrainAsync(traffic, sinks, storage, prefix, killOne ? TimeSpan.FromSeconds(40) : TimeSpan.FromSeconds(25), killOne);

        IReadOnlyList<string> stored = await StoredTitlesAsync(storage, prefix);
        string? firstMissing = traffic.DueToday.Keys.Except(Reminders(sinks).SelectMany(r => r.Items), StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault();
        string? missingRow = firstMissing is null ? null : await DescribeItemAsync(storage, prefix, firstMissing);
        (int buckets, int workers) = await LeaseStatsAsync(storage, prefix);
        int queueLeft = (await new Azure.Storage.Queues.QueueClient(storage, prefix).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        await instances.DisposeAsync();
        List<string> declared = DeclaredRepeatRecipients(instances);
        int errors = ports.Select((_, k) => ReadLog(instances, k)).Sum(log => log.Split('\n').Count(l => l.StartsWith("fail:", StringComparison.Ordinal)));

        var observations = new ScaleOutObservations(
            traffic.Acknowledged.Keys.ToList(),
            stored,
            traffic.DueToday.Keys.ToList(),
            Reminders(sinks),
            declared,
            Paths(traffic.Samples.Where(s => s.StartMs >= measuredFrom).ToList(), kill.KilledAtMs))
        {
            QueuedAdds = traffic.Queued.Keys.ToList(),
            QueueMessagesLeft = queueLeft,
        };
        ScaleOutVerdict verdict = ScaleOutVerdict.Judge(observations);
        Console.WriteLine();
        Console.Write(verdict.Report());
        Console.WriteLine($"reminder buckets worked: {buckets}, by {workers} of {ports.Length} instances; errors logged by instances: {errors}");
        Console.WriteLine($"requests answered: {observations.Paths.Sum(p => p.Requests) / duration.TotalSeconds:F0} req/s of the {rate} offered (the generator waits for answers with {Math.Max(32, rate / 2)} workers)");
        foreach (IGrouping<string, string> missing in verdict.MissingReminders.GroupBy(t => traffic.Acknowledged.GetValueOrDefault(t, "?"), StringComparer.Ordinal))
        {
            Console.WriteLine($"missing reminders from {missing.Key}: {missing.Count()}");
        }

        if (missingRow is not null)
        {
            Console.WriteLine("first missing reminder's item: " + missingRow);
            Console.WriteLine("what a sweep would send now (schedule --dry-run): " + await DryRunAsync(botDll, shared));
            Console.WriteLine("failed deliveries: " + await DeliveryFailuresAsync(storage, prefix));
            Console.WriteLine($"messages received: {sinks.Messages.Count(m => m.Platform == "teams")} Teams, {sinks.Messages.Count(m => m.Platform == "slack")} Slack");
        }

        if (kill.Description is { } killed)
        {
            Console.WriteLine("killed: " + killed);
        }

        return verdict.Passed ? 0 : 1;
    }

    /// <summary>The zone where it is a weekday between 10:00 and 16:00 now, nearest to 13:00; null at the weekend everywhere.</summary>
    internal static string? WorkingZone(DateTimeOffset utcNow) =>
        Zones.Select(id => (Id: id, Local: TimeZoneInfo.ConvertTime(utcNow, TimeZoneInfo.FindSystemTimeZoneById(id))))
            .Where(z => z.Local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && z.Local.TimeOfDay >= TimeSpan.FromHours(10) && z.Local.TimeOfDay <= TimeSpan.FromHours(16))
            .OrderBy(z => Math.Abs((z.Local.TimeOfDay - TimeSpan.FromHours(13)).TotalMinutes))
            .Select(z => z.Id)
            .FirstOrDefault();

    private static async Task WaitBalancerAsync(HttpClient http, Uri balancer)
    {
        for (int i = 0; i < 100; i++)
        {
            try
            {
                using HttpResponseMessage response = await http.GetAsync(new Uri(balancer, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The load balancer at " + balancer + " does not answer /healthz.");
    }

    /// <summary>
    /// Waits until every acknowledged add is stored and every expected reminder arrived (adds still held in the work
    /// queue, e.g. by a killed worker, are left to the verdict), then two more buckets for late repeats.
    /// </summary>
    private static async Task DrainAsync(ScaleOutTraffic traffic, PlatformSinks sinks, string storage, string prefix, TimeSpan limit, bool killed)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            var stored = (await StoredTitlesAsync(storage, prefix)).ToHashSet(StringComparer.Ordinal);
            List<string> unstored = traffic.Acknowledged.Keys.Where(t => !stored.Contains(t)).ToList();
            int queueLeft = (await new Azure.Storage.Queues.QueueClient(storage, prefix).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            bool held = unstored.Count == 0 || (killed && unstored.All(traffic.Queued.ContainsKey) && unstored.Count <= queueLeft);
            var delivered = Reminders(sinks).SelectMany(r => r.Items).ToHashSet(StringComparer.Ordinal);
            if (held && traffic.DueToday.Keys.All(t => delivered.Contains(t) || unstored.Contains(t)))
            {
                break;
            }

            await Task.Delay(1000);
        }

        await Task.Delay(LeaseBucket * 2);
        Console.WriteLine($"Drained in {waited.Elapsed.TotalSeconds:F0} s.");
    }

    private static List<ReminderDelivery> Reminders(PlatformSinks sinks) =>
        sinks.Messages
            .Where(m => m.IsReminder)
            .Select(m => new ReminderDelivery(m.Recipient, ScaleOutTraffic.TitleToken.Matches(m.Body).Select(x => x.Value).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

    private static async Task<IReadOnlyList<string>> StoredTitlesAsync(string storage, string prefix)
    {
        var table = new TableClient(storage, prefix + TableNames.Items);
        var titles = new List<string>();
        await foreach (TableEntity row in table.QueryAsync<TableEntity>("RowKey ge 'item|' and RowKey lt 'item}'", select: ["Title"]))
        {
            if (ScaleOutTraffic.TitleToken.Match(row.GetString("Title") ?? string.Empty) is { Success: true } token)
            {
                titles.Add(token.Value);
            }
        }

        return titles;
    }

    /// <summary>The bot's own dry run of the sweep at this instant, against the run's storage.</summary>
    private static async Task<string> DryRunAsync(string botDll, Dictionary<string, string> settings)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [botDll, "schedule", "--at", TimeProvider.System.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), "--dry-run"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach ((string key, string value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length + " messages" + (lines.Length > 0 ? ", e.g. " + lines[0] : string.Empty) + " " + (await error).Trim();
    }

    /// <summary>People the sweep could not reach (the Deliveries table), with the first reason.</summary>
    private static async Task<string> DeliveryFailuresAsync(string storage, string prefix)
    {
        var table = new TableClient(storage, prefix + TableNames.Deliveries);
        var rows = new List<TableEntity>();
        await foreach (TableEntity row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows.Count + (rows.Count > 0 ? ", e.g. " + string.Join(", ", rows[0].Where(p => p.Key is not ("odata.etag" or "Timestamp")).Select(p => p.Key + "=" + p.Value)) : string.Empty);
    }

    /// <summary>The stored row of an item, for a quick look at why it got no reminder.</summary>
    private static async Task<string?> DescribeItemAsync(string storage, string prefix, string token)
    {
        var table = new TableClient(storage, prefix + TableNames.Items);
        await foreach (TableEntity row in table.QueryAsync<TableEntity>("RowKey ge 'item|' and RowKey lt 'item}'"))
        {
            if (row.GetString("Title")?.Contains(token, StringComparison.Ordinal) == true)
            {
                return string.Join(", ", row.Where(p => p.Key is not ("odata.etag" or "Timestamp")).Select(p => p.Key + "=" + p.Value));
            }
        }

        return null;
    }

    private static async Task<(int Buckets, int Workers)> LeaseStatsAsync(string storage, string prefix)
    {
        var table = new TableClient(storage, prefix + TableNames.Leases);
        var rows = new List<TableEntity>();
        await foreach (TableEntity row in table.QueryAsync<TableEntity>("PartitionKey eq 'reminders'"))
        {
            rows.Add(row);
        }

        return (rows.Count, rows.Select(r => r.GetString("Holder")).Distinct(StringComparer.Ordinal).Count());
    }

    private static string ReadLog(BotInstances instances, int k) => File.Exists(instances.LogFile(k)) ? File.ReadAllText(instances.LogFile(k)) : string.Empty;

    /// <summary>Recipients the surviving instances logged as possible repeats (event 4032).</summary>
    private static List<string> DeclaredRepeatRecipients(BotInstances instances) =>
        instances.Ports.Select((_, k) => ReadLog(instances, k))
            .SelectMany(log => PossibleRepeat().Matches(log).Select(m => m.Groups[1].Value))
            .ToList();

    private static List<PathLatency> Paths(List<ScaleOutTraffic.Sample> samples, double? killedAtMs)
    {
        bool InKillWindow(ScaleOutTraffic.Sample s) => killedAtMs is { } at && s.StartMs >= at - 1000 && s.StartMs <= at + 3000;
        string[] order = ["teams-help", "slack-help", "teams-add", "slack-add", "teams-list", "slack-list", "teams-done", "slack-done", "teams-retry", "slack-retry"];
        return order.Select(path =>
        {
            double[] ms = samples.Where(s => s.Path == path).Select(s => s.Ms).Order().ToArray();
            int failures = samples.Count(s => s.Path == path && !s.Ok && !InKillWindow(s));
            int killWindow = samples.Count(s => s.Path == path && !s.Ok && InKillWindow(s));
            return new PathLatency(path, ms.Length, failures, killWindow, Percentile(ms, 0.50), Percentile(ms, 0.99), Targets.TryGetValue(path, out double t) ? t : null);
        }).ToList();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string? Value(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    [GeneratedRegex(@"Possible repeat \(audit\): \S+ to (\S+) in")]
    private static partial Regex PossibleRepeat();

    /// <summary>
    /// --kill-one: once the run is 25 % through, the next reminder DM an instance sends to Slack kills that instance
    /// before the DM is answered. The sweep dies mid-bucket holding its lease and claims, right in the declared gap
    /// (sent, not marked): the other instances must take the bucket over and send the rest exactly once.
    /// </summary>
    private sealed class KillSwitch(BotInstances instances, ScaleOutTraffic traffic, double armedAtMs)
    {
        private int _fired;

        public double? KilledAtMs { get; private set; }

        public string? Description { get; private set; }

        public Task OnSlackMessageAsync(int instance, SentMessage message)
        {
            if (traffic.ElapsedMs >= armedAtMs && message.IsReminder)
            {
                KillNow(instance, "while its reminder DM to " + message.Recipient + " was being answered");
            }

            return Task.CompletedTask;
        }

        public void KillNow(int instance, string why)
        {
            if (Interlocked.Exchange(ref _fired, 1) == 1)
            {
                return;
            }

            traffic.Alive[instance] = false;
            instances.Kill(instance);
            KilledAtMs = traffic.ElapsedMs;
            Description = $"instance {instance} (SIGKILL) at {KilledAtMs / 1000:F1} s, {why}";
            Console.WriteLine("Killed " + Description);
        }
    }
}
