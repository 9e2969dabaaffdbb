using System.Net;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Endpoints;

public sealed class ExportEndpointsTests
{
    private static readonly PersonRef Una = new("29:una", "Una Owner");

    [Fact]
    public async Task Export_LinkFromTheCommand_DownloadsCsvWithHistory()
    {
        await using var factory = new BotFactory(settings: new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://bot.example.com" });
        using HttpClient client = factory.CreateClient();
        CommandExecutor executor = factory.Services.GetRequiredService<CommandExecutor>();
        CommandContext context = Context(TenantKey.ForTeams(Guid.NewGuid().ToString()));
        await executor.ExecuteAsync("add =HYPERLINK(\"x\") \"quoted\", title", context, CancellationToken.None);
        await executor.ExecuteAsync("done #1", context, CancellationToken.None);

        CommandResult exported = await executor.ExecuteAsync("export csv", context, CancellationToken.None);
        string path = exported.Text[exported.Text.IndexOf("https://bot.example.com/", StringComparison.Ordinal)..]["https://bot.example.com".Length..];
        HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        string[] lines = csv.Split("\r\n");
        Assert.StartsWith("id,title,owner,owner_id,creator,status", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("\"#1\",\"'=HYPERLINK(\"\"x\"\") \"\"quoted\"\", title\",\"Una Owner\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("Una Owner created it | ", lines[1], StringComparison.Ordinal);
        Assert.Contains("changed status: Open → Done", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_SomeoneElsesItems_ContainsOnlyWhatTheRequesterMaySee()
    {
        await using var factory = new BotFactory();
        using HttpClient client = factory.CreateClient();
        CommandExecutor executor = factory.Services.GetRequiredService<CommandExecutor>();
        var tenant = TenantKey.ForTeams(Guid.NewGuid().ToString());
        var bo = new PersonRef("29:bo", "Bo Other");
        await executor.ExecuteAsync("add Private reflection", Context(tenant) with { Requester = bo, ConversationId = "a:bo-dm", ConversationKind = ConversationKind.Personal }, CancellationToken.None);
        await executor.ExecuteAsync("add Team task", Context(tenant) with { Requester = bo }, CancellationToken.None);

        CommandResult exported = await executor.ExecuteAsync("export <@29:bo> csv", Context(tenant), CancellationToken.None);
        string url = exported.Text[exported.Text.IndexOf("http", StringComparison.Ordinal)..];
        string csv = await client.GetStringAsync(new Uri(new Uri(url).PathAndQuery, UriKind.Relative));

        Assert.Contains("Team task", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Private reflection", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/exports/not-a-real-token")]
    [InlineData("/exports/%2E%2E%2Fetc")]
    public async Task Export_UnknownToken_Is404(string path)
    {
        await using var factory = new BotFactory();
        using HttpClient client = factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static CommandContext Context(TenantKey tenant) => new()
    {
        Tenant = tenant,
        Requester = Una,
        ConversationId = "19:team",
        RequesterTimeZoneId = "UTC",
    };
}
