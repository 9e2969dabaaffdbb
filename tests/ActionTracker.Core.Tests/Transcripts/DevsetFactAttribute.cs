using System.Diagnostics;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>
/// A fact that needs the annotated meeting development set (../shared/devset next to the repository, or
/// ACTIONTRACKER_DEVSET) and python3 for its scorer; skipped with the reason when either is missing.
/// </summary>
public sealed class DevsetFactAttribute : FactAttribute
{
    public DevsetFactAttribute()
    {
        if (Directory is null)
        {
            Skip = "No development set: expected ../shared/devset next to the repository (or ACTIONTRACKER_DEVSET) with score.py and evalset/.";
        }
        else if (!HasPython())
        {
            Skip = "python3 is not installed; the development set's scorer needs it.";
        }
    }

    /// <summary>The development set's folder, or null when it is not there.</summary>
    public static string? Directory { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("ACTIONTRACKER_DEVSET") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "score.py")) ? configured : null;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ActionTracker.Bot.sln")))
            {
                string devset = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "devset"));
                return File.Exists(Path.Combine(devset, "score.py")) && System.IO.Directory.Exists(Path.Combine(devset, "evalset")) ? devset : null;
            }
        }

        return null;
    }

    private static bool HasPython()
    {
        try
        {
            using Process? process = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return false;
            }

            process.WaitForExit(10_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
