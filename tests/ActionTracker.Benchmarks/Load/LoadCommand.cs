using System.Globalization;

namespace ActionTracker.Benchmarks.Load;

/// <summary>
/// <c>--load TARGET [URL] [--concurrency 32] [--seconds 10] [--rate N] [--secret S] [--command /action] [--table-prefix P]</c>.
/// Targets: teams-help, teams-list, teams-add, slack-help, slack-list, slack-add, raw-list, raw-add, raw-add-dedupe.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string target = Value(args, "--load") ?? throw new ArgumentException("--load TARGET is required");
        int concurrency = int.Parse(Value(args, "--concurrency") ?? "32", CultureInfo.InvariantCulture);
        var duration = TimeSpan.FromSeconds(double.Parse(Value(args, "--seconds") ?? "10", CultureInfo.InvariantCulture));
        int? rate = Value(args, "--rate") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : null;
        string secret = Value(args, "--secret") ?? "load-test-secret";
        string command = Value(args, "--command") ?? "/action";
        Uri? url = Value(args, "--url") is { } u ? new Uri(u) : null;
        using var http = new HttpTargets();
        Func<int, CancellationToken, Task<bool>> operation;
        switch (target)
        {
            case "teams-help": operation = (n, ct) => http.TeamsAsync(url!, "help", n, false, ct); break;
            case "teams-list": operation = (n, ct) => http.TeamsAsync(url!, "list", n, false, ct); break;
            case "teams-add": operation = (n, ct) => http.TeamsAsync(url!, "add Load item " + n.ToString(CultureInfo.InvariantCulture), n, true, ct); break;
            case "slack-help": operation = (n, ct) => http.SlackAsync(url!, command, "help", secret, n, false, ct); break;
            case "slack-list": operation = (n, ct) => http.SlackAsync(url!, command, "list", secret, n, false, ct); break;
            case "slack-add": operation = (n, ct) => http.SlackAsync(url!, command, "add Load item " + n.ToString(CultureInfo.InvariantCulture), secret, n, true, ct); break;
            case "raw-list" or "raw-add" or "raw-add-dedupe":
                var raw = new RawTargets(Value(args, "--table-prefix"));
                await raw.InitializeAsync();
                operation = target switch
                {
                    "raw-list" => raw.ListAsync,
                    "raw-add" => raw.AddAsync,
                    _ => raw.AddWithDedupeAsync,
                };
                break;
            default:
                await Console.Error.WriteLineAsync("unknown load target " + target);
                return 2;
        }

        // A short warm-up so connection set-up and JIT are not measured.
        await LoadRunner.RunAsync(target, operation, concurrency, TimeSpan.FromSeconds(2), rate);
        LoadResult result = await LoadRunner.RunAsync(target + (rate is null ? string.Empty : $"@{rate}/s"), operation, concurrency, duration, rate);
        Console.WriteLine(result);
        return result.Failures == 0 ? 0 : 1;
    }

    private static string? Value(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
