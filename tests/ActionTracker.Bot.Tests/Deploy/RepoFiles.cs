using System.Runtime.CompilerServices;

namespace ActionTracker.Bot.Tests.Deploy;

/// <summary>Paths in the repository, found from this source file's location.</summary>
internal static class RepoFiles
{
    public const string BicepVersion = "0.49.2";

    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The Bicep CLI that scripts/check-deploy.sh restores from NuGet; null until it has run.</summary>
    public static string? Bicep()
    {
        string path = PathOf(".tools", "nuget", "azure.bicep.commandline.linux-x64", BicepVersion, "tools", "bicep");
        return File.Exists(path) ? path : null;
    }

    private static string FindRoot([CallerFilePath] string path = "")
    {
        DirectoryInfo? directory = new FileInfo(path).Directory;
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ActionTracker.Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (ActionTracker.Bot.sln) was not found above " + path);
    }
}
