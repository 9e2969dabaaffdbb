using System.Net;
using System.Text.Json;
using ActionTracker.Bot.Tests.Infrastructure;

namespace ActionTracker.Bot.Tests.Endpoints;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Healthz_ProcessRunning_Is200()
    {
        await using var factory = new BotFactory(BotFactory.UnreachableConnectionString);
        using HttpClient client = factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_StorageAnswers_Is200()
    {
        await using var factory = new BotFactory();
        using HttpClient client = factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement body = await ReadJsonAsync(response);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.False(body.TryGetProperty("reason", out _), "nulls are omitted");
    }

    [Fact]
    public async Task Readyz_StorageDown_Is503WithAReason()
    {
        await using var factory = new BotFactory(BotFactory.UnreachableConnectionString);
        using HttpClient client = factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        JsonElement body = await ReadJsonAsync(response);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.StartsWith("table storage does not answer", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
