using System.Diagnostics;
using System.Globalization;

namespace ActionTracker.Benchmarks.ScaleOut;

/// <summary>The bot instances of a run: real processes of the built bot, each with its own port and log file.</summary>
internal sealed class BotInstances : IAsyncDisposable
{
    private readonly List<Process> _processes = [];

    public BotInstances(IReadOnlyList<int> ports, string workDirectory)
    {
        Ports = ports;
        WorkDirectory = workDirectory;
    }

    public IReadOnlyList<int> Ports { get; }

    public string WorkDirectory { get; }

    public IReadOnlyList<Uri> Urls => Ports.Select(p => new Uri("http://127.0.0.1:" + p.ToString(CultureInfo.InvariantCulture) + "/")).ToList();

    public string LogFile(int instance) => Path.Combine(WorkDirectory, "instance-" + instance.ToString(CultureInfo.InvariantCulture) + ".log");

    /// <summary>Starts instance k with the shared settings plus its own (e.g. its Slack API base).</summary>
    public void Start(string botDll, IReadOnlyDictionary<string, string> shared, Func<int, IReadOnlyDictionary<string, string>> own)
    {
        for (int k = 0; k < Ports.Count; k++)
        {
            // exec: the shell becomes the bot, so the process id is the bot's and a kill hits the bot itself.
            var start = new ProcessStartInfo("/bin/sh", ["-c", "exec dotnet \"$0\" --urls \"$1\" >\"$2\" 2>&1", botDll, Urls[k].AbsoluteUri.TrimEnd('/'), LogFile(k)])
            {
                UseShellExecute = false,
            };
            foreach ((string key, string value) in shared.Concat(own(k)))
            {
                start.Environment[key] = value;
            }

            _processes.Add(Process.Start(start)!);
        }
    }

    public async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        foreach (Uri url in Urls)
        {
            while (true)
            {
                try
                {
                    using HttpResponseMessage response = await http.GetAsync(new Uri(url, "healthz"));
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                if (waited.Elapsed > timeout)
                {
                    throw new TimeoutException($"Instance {url} did not become healthy; see {WorkDirectory}.");
                }

                await Task.Delay(200);
            }
        }
    }

    /// <summary>SIGKILL: no shutdown, no cleanup, leases and claims stay behind.</summary>
    public void Kill(int instance) => _processes[instance].Kill();

    public async ValueTask DisposeAsync()
    {
        foreach (Process process in _processes.Where(p => !p.HasExited))
        {
            // SIGTERM: a graceful stop, so the logs are flushed.
            using Process? term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            if (term is not null)
            {
                await term.WaitForExitAsync();
            }
        }

        foreach (Process process in _processes)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }

            process.Dispose();
        }

        _processes.Clear();
    }
}
