using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ActionTracker.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ActionTracker.Bot.Tests.Teams.Playground;

/// <summary>
/// End to end through a real Teams-like client: the Microsoft 365 Agents Playground talks to the bot over HTTP and
/// renders its Adaptive Cards; headless chromium types a command and clicks the card like a person.
/// </summary>
public sealed class PlaygroundBrowserTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DriveTimeout = TimeSpan.FromSeconds(120);

    private readonly ITestOutputHelper _output;

    public PlaygroundBrowserTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [PlaygroundFact]
    public async Task Add_ThenDoneOnTheCard_PlaygroundShowsTheRefreshedCard()
    {
        int botPort = FreePort();
        await using var bot = new BotFactory(environment: "Development");
        bot.UseKestrel(botPort);
        bot.StartServer();
        string screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "playground");
        Directory.CreateDirectory(screenshots);
        foreach (string old in Directory.GetFiles(screenshots, "*.png"))
        {
            File.Delete(old);
        }

        int playgroundPort = FreePort();
        string scratch = Directory.CreateTempSubdirectory("playground-").FullName;
        using Process playground = Start(
            scratch,
            [PlaygroundTools.PlaygroundCli, "-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry"],
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        var playgroundLog = new System.Text.StringBuilder();
        playground.OutputDataReceived += (_, e) => Append(playgroundLog, e.Data);
        playground.ErrorDataReceived += (_, e) => Append(playgroundLog, e.Data);
        playground.BeginOutputReadLine();
        playground.BeginErrorReadLine();
        try
        {
            string url = $"http://127.0.0.1:{playgroundPort}";
            await WaitForHttpAsync(url, playground, playgroundLog);

            using Process drive = Start(
                scratch,
                [Path.Combine(AppContext.BaseDirectory, "Teams", "Playground", "playground-drive.js"), url, screenshots, PlaygroundTools.Chromium, "Ship the Playground test"],
                new Dictionary<string, string> { ["NODE_PATH"] = PlaygroundTools.PlaywrightModules });
            (int exitCode, string log) = await WaitAsync(drive, DriveTimeout);
            _output.WriteLine(log);
            _output.WriteLine("Screenshots: " + screenshots);

            Assert.True(exitCode == 0, "The Playground did not show the expected cards: " + log);
            Assert.True(File.Exists(Path.Combine(screenshots, "01-item-card.png")));
            Assert.True(File.Exists(Path.Combine(screenshots, "02-refreshed-card.png")));
        }
        finally
        {
            playground.Kill(entireProcessTree: true);
            await playground.WaitForExitAsync();
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static Process Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(PlaygroundTools.Node!, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    private static async Task<(int ExitCode, string Log)> WaitAsync(Process process, TimeSpan timeout)
    {
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after " + timeout);
        }

        return (process.ExitCode, (await stdout + await stderr).Trim());
    }

    private static void Append(System.Text.StringBuilder log, string? line)
    {
        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static async Task WaitForHttpAsync(string url, Process server, System.Text.StringBuilder log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (server.HasExited)
            {
                Assert.Fail("The Playground exited during start: " + log);
            }

            try
            {
                using HttpResponseMessage response = await http.GetAsync(new Uri(url));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        Assert.Fail("The Playground did not answer within " + StartTimeout);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
