namespace ActionTracker.Bot.Tests.Teams.Playground;

/// <summary>
/// Where the browser test finds its tools: the pinned Agents Playground and playwright-core that test.sh installs into
/// the repository's .tools/ folder, Debian's chromium and node. <see cref="MissingReason"/> says what is absent.
/// </summary>
internal static class PlaygroundTools
{
    public const string PlaygroundVersion = "0.2.28";
    public const string PlaywrightVersion = "1.65.1";

    private static readonly Lazy<string?> Missing = new(FindMissing);

    public static string? MissingReason => Missing.Value;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string PlaygroundCli => Path.Combine(RepositoryRoot, ".tools", "playground-" + PlaygroundVersion, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static string PlaywrightModules => Path.Combine(RepositoryRoot, ".tools", "playwright-core-" + PlaywrightVersion, "node_modules");

    public static string Chromium =>
        Environment.GetEnvironmentVariable("ACTIONTRACKER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static string? Node { get; } = FindOnPath("node");

    private static string? FindMissing()
    {
        if (Node is null)
        {
            return "node is not on PATH (install Node.js 20+)";
        }

        if (!File.Exists(Chromium))
        {
            return $"chromium is not installed at {Chromium} (apt-get install chromium, or set ACTIONTRACKER_CHROMIUM)";
        }

        if (!File.Exists(PlaygroundCli))
        {
            return $"the Agents Playground {PlaygroundVersion} is not installed in .tools/ (./test.sh installs it)";
        }

        return File.Exists(Path.Combine(PlaywrightModules, "playwright-core", "package.json"))
            ? null
            : $"playwright-core {PlaywrightVersion} is not installed in .tools/ (./test.sh installs it)";
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ActionTracker.Bot.sln")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
