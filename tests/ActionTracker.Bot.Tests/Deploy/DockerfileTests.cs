using System.Text.RegularExpressions;

namespace ActionTracker.Bot.Tests.Deploy;

/// <summary>
/// deploy/Dockerfile: no Docker daemon runs here, so scripts/check-deploy.sh lints it with dockerfile-utils and these
/// tests check what a lint cannot: stages, user, health check, and that every file it copies exists.
/// </summary>
public sealed partial class DockerfileTests
{
    private readonly IReadOnlyList<(string Instruction, string Arguments)> _lines = Read(RepoFiles.PathOf("deploy", "Dockerfile"));

    [Fact]
    public void Dockerfile_BuildsWithTheSdkAndRunsOnTheChiseledRuntimeAsNonRoot()
    {
        var stages = _lines.Where(l => l.Instruction == "FROM").Select(l => l.Arguments).ToList();
        var runtime = _lines.SkipWhile(l => l != _lines.Last(x => x.Instruction == "FROM")).ToList();

        Assert.Equal(2, stages.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0 AS build", stages[0], StringComparison.Ordinal);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:10\.0-[a-z]+-chiseled-extra AS runtime$", stages[1]);
        string user = runtime.Single(l => l.Instruction == "USER").Arguments;
        Assert.DoesNotMatch("^(0|root)(:|$)", user);
        Assert.Contains(runtime, l => l.Instruction == "COPY" && l.Arguments.StartsWith("--from=build ", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_HealthCheckAsksHealthzThroughTheHealthcheckVerb_OnTheExposedPort()
    {
        string health = _lines.Single(l => l.Instruction == "HEALTHCHECK").Arguments;
        string port = _lines.Single(l => l.Instruction == "EXPOSE").Arguments;
        string environment = string.Join(' ', _lines.Where(l => l.Instruction == "ENV").Select(l => l.Arguments));

        Assert.Contains("CMD [\"dotnet\", \"ActionTracker.Bot.dll\", \"healthcheck\"]", health, StringComparison.Ordinal);
        Assert.Equal("8080", port);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", environment, StringComparison.Ordinal);
        Assert.Equal("[\"dotnet\", \"ActionTracker.Bot.dll\"]", _lines.Single(l => l.Instruction == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void Dockerfile_CopiesEverySourceProjectBeforeRestore_AndOnlyFilesThatExist()
    {
        var copies = _lines.Where(l => l.Instruction == "COPY" && !l.Arguments.StartsWith("--", StringComparison.Ordinal))
            .Select(l => l.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var sources = copies.SelectMany(c => c[..^1]).ToList();
        var projects = Directory.GetFiles(RepoFiles.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepoFiles.Root, p).Replace('\\', '/')).ToList();

        Assert.All(sources, s => Assert.True(File.Exists(RepoFiles.PathOf(s)) || Directory.Exists(RepoFiles.PathOf(s)), s + " does not exist"));
        Assert.Subset(sources.ToHashSet(StringComparer.Ordinal), projects.ToHashSet(StringComparer.Ordinal));
        Assert.Contains("global.json", sources);
        Assert.Contains("Directory.Packages.props", sources);
    }

    /// <summary>Instructions with their continuation lines joined; comments and blank lines dropped.</summary>
    private static List<(string Instruction, string Arguments)> Read(string path)
    {
        string text = Continuations().Replace(File.ReadAllText(path), " ");
        return text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Instruction: l.Split(' ', 2)[0].ToUpperInvariant(), Arguments: Spaces().Replace(l.Split(' ', 2).ElementAtOrDefault(1) ?? string.Empty, " ").Trim()))
            .ToList();
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuations();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
