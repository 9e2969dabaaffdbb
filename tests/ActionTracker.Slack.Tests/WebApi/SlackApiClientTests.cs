using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Slack.Tests.WebApi;

public sealed class SlackApiClientTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task CallAsync_Ok_PostsJsonWithBearerToMethodUrl()
    {
        var handler = new RecordingHandler().Then(HttpStatusCode.OK, "{\"ok\":true,\"ts\":\"1.2\"}");

        JsonObject answer = await Client(handler).CallAsync("chat.postMessage", "xoxb-1", new JsonObject { ["channel"] = "C1", ["text"] = "hi" }, CancellationToken.None);

        Assert.Equal("1.2", answer["ts"]!.GetValue<string>());
        (HttpRequestMessage request, string body) = Assert.Single(handler.Requests);
        Assert.Equal(new Uri("https://slack.example/api/chat.postMessage"), request.RequestUri);
        Assert.Equal("Bearer xoxb-1", request.Headers.Authorization?.ToString());
        Assert.Equal("{\"channel\":\"C1\",\"text\":\"hi\"}", body);
    }

    [Fact]
    public async Task CallAsync_OkFalse_TypedError()
    {
        var handler = new RecordingHandler().Then(HttpStatusCode.OK, "{\"ok\":false,\"error\":\"channel_not_found\"}");

        SlackApiException error = await Assert.ThrowsAsync<SlackApiException>(() => Client(handler).CallAsync("chat.postMessage", "t", [], CancellationToken.None));

        Assert.Equal("channel_not_found", error.Error);
    }

    [Fact]
    public async Task CallAsync_RateLimited_WaitsRetryAfterThenSucceeds()
    {
        var handler = new RecordingHandler().Then(HttpStatusCode.TooManyRequests, "{}", TimeSpan.FromSeconds(2)).Then(HttpStatusCode.OK);

        Task<JsonObject> call = Client(handler).CallAsync("users.info", "t", [], CancellationToken.None);
        await WaitForAsync(() => handler.Requests.Count == 1);
        _time.Advance(TimeSpan.FromSeconds(2));
        await call;

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_RateLimitedThreeTimes_GivesUp()
    {
        var handler = new RecordingHandler()
            .Then(HttpStatusCode.TooManyRequests, "{}", TimeSpan.Zero)
            .Then(HttpStatusCode.TooManyRequests, "{}", TimeSpan.Zero)
            .Then(HttpStatusCode.TooManyRequests, "{}", TimeSpan.Zero)
            .Then(HttpStatusCode.OK);

        SlackApiException error = await Assert.ThrowsAsync<SlackApiException>(() => Client(handler).CallAsync("users.info", "t", [], CancellationToken.None));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(SlackApiClient.MaxAttempts, handler.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_PostMessageSameChannel_SecondWaitsOneSecondOtherChannelDoesNot()
    {
        var handler = new RecordingHandler();
        SlackApiClient client = Client(handler);

        await client.CallAsync("chat.postMessage", "xoxb-1", new JsonObject { ["channel"] = "C1" }, CancellationToken.None);
        Task second = client.CallAsync("chat.postMessage", "xoxb-1", new JsonObject { ["channel"] = "C1" }, CancellationToken.None);
        await client.CallAsync("chat.postMessage", "xoxb-1", new JsonObject { ["channel"] = "C2" }, CancellationToken.None);
        await Task.Delay(50);
        int beforeSecond = handler.Requests.Count;
        _time.Advance(TimeSpan.FromSeconds(1));
        await second;

        Assert.Equal(2, beforeSecond);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_RateLimited_OtherCallersOfTheMethodWaitToo()
    {
        var handler = new RecordingHandler().Then(HttpStatusCode.TooManyRequests, "{}", TimeSpan.FromSeconds(5));
        SlackApiClient client = Client(handler);

        Task first = client.CallAsync("views.publish", "xoxb-1", [], CancellationToken.None);
        await WaitForAsync(() => handler.Requests.Count == 1);
        Task other = client.CallAsync("views.publish", "xoxb-1", [], CancellationToken.None);
        Task otherWorkspace = client.CallAsync("views.publish", "xoxb-2", [], CancellationToken.None);
        await otherWorkspace;
        await Task.Delay(50);
        int whileHeld = handler.Requests.Count;
        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.WhenAll(first, other);

        Assert.Equal(2, whileHeld);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_ServerError_NotResent()
    {
        var handler = new RecordingHandler().Then(HttpStatusCode.BadGateway, "oops").Then(HttpStatusCode.OK);

        await Assert.ThrowsAsync<SlackApiException>(() => Client(handler).CallAsync("chat.postMessage", "t", [], CancellationToken.None));

        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("https://hooks.slack.com/actions/T1/2/x", true)]
    [InlineData("https://HOOKS.SLACK.COM/actions/T1/2/x", true)]
    [InlineData("http://hooks.slack.com/actions/T1/2/x", false)]
    [InlineData("https://hooks.slack.com.evil.example/x", false)]
    [InlineData("https://evil.example/x", false)]
    [InlineData("not a url", false)]
    public async Task PostToResponseUrl_OnlyAllowedHosts(string url, bool sent)
    {
        var handler = new RecordingHandler();

        bool result = await Client(handler).PostToResponseUrlAsync(url, new JsonObject { ["text"] = "x" }, CancellationToken.None);

        Assert.Equal(sent, result);
        Assert.Equal(sent ? 1 : 0, handler.Requests.Count);
    }

    private SlackApiClient Client(RecordingHandler handler) => new(
        new HttpClient(handler),
        Options.Create(new SlackOptions { ApiBaseUrl = new Uri("https://slack.example/api/") }),
        _time,
        NullLogger<SlackApiClient>.Instance);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
