using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>How Teams:AppId and the environment decide auth, and what happens when storage is down.</summary>
public sealed class TeamsStartupTests
{
    [Fact]
    public async Task NoAppId_OutsideDevelopment_RejectsEverything()
    {
        await using var factory = new BotFactory();
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await PostAsync(client, TeamsActivities.Message("http://127.0.0.1:1/", "help", Guid.NewGuid().ToString(), expectReplies: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task NoAppId_InDevelopment_SkipsAuthForLocalClients()
    {
        await using var factory = new BotFactory(environment: "Development");
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await PostAsync(client, TeamsActivities.Message("http://localhost:56150/_connector", "add Try it locally", Guid.NewGuid().ToString(), expectReplies: true));

        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Try it locally", body, StringComparison.Ordinal);
        Assert.DoesNotContain("null", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSetting_StopsStartupNamingTheKey()
    {
        (int exitCode, _, string stderr) = await BotProcess.RunAsync(
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Storage__ConnectionString"] = BotFactory.StorageConnectionString,
                ["Teams__AppId"] = "11111111-2222-3333-4444-555555555555",
            },
            "--urls",
            "http://127.0.0.1:0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Teams:AppPassword", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageDown_ExpectReplies_AnswersFriendlyTextNot500()
    {
        await using var factory = new BotFactory(connectionString: BotFactory.UnreachableConnectionString, environment: "Development");
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await PostAsync(client, TeamsActivities.Message("http://localhost:56150/_connector", "add Something", Guid.NewGuid().ToString(), expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("try again", (string?)body["activities"]![0]!["text"], StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync("/api/messages", content);
    }
}
