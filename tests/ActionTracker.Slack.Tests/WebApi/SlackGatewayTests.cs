using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Handlers;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Slack.Tests.WebApi;

public sealed class SlackGatewayTests
{
    private static readonly TenantKey Tenant = TenantKey.ForSlack("T1", null, false);

    [Fact]
    public async Task NotifyAsync_OpensDmThenPostsBlocks()
    {
        var handler = new RecordingHandler()
            .Then(HttpStatusCode.OK, "{\"ok\":true,\"channel\":{\"id\":\"D42\"}}")
            .Then(HttpStatusCode.OK, "{\"ok\":true,\"ts\":\"1.1\"}");

        await Gateway(handler).NotifyAsync(Tenant, new PersonRef("U9", "Maria"), new CommandResult { Text = "#42 is due tomorrow" }, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.EndsWith("/conversations.open", handler.Requests[0].Request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("U9", JsonNode.Parse(handler.Requests[0].Body)!["users"]!.GetValue<string>());
        JsonNode post = JsonNode.Parse(handler.Requests[1].Body)!;
        Assert.Equal("D42", post["channel"]!.GetValue<string>());
        Assert.Equal("#42 is due tomorrow", post["text"]!.GetValue<string>());
        Assert.Equal("Bearer xoxb-1", handler.Requests[1].Request.Headers.Authorization?.ToString());
    }

    [Fact]
    public async Task FindAsync_Email_LooksUpByEmail()
    {
        var handler = new RecordingHandler().Then(HttpStatusCode.OK, "{\"ok\":true,\"user\":{\"id\":\"U7\",\"real_name\":\"Tom Lee\"}}");

        IReadOnlyList<PersonRef> found = await Gateway(handler).FindAsync(Tenant, "tom@contoso.example", CancellationToken.None);

        PersonRef tom = Assert.Single(found);
        Assert.Equal("U7", tom.Id);
        Assert.Equal("Tom Lee", tom.DisplayName);
        Assert.Contains("email=tom%40contoso.example", handler.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_NameOrUnknownEmail_Empty()
    {
        var handler = new RecordingHandler().Then(HttpStatusCode.OK, "{\"ok\":false,\"error\":\"users_not_found\"}");
        SlackGateway gateway = Gateway(handler);

        Assert.Empty(await gateway.FindAsync(Tenant, "nobody@contoso.example", CancellationToken.None));
        Assert.Empty(await gateway.FindAsync(Tenant, "Maria", CancellationToken.None));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task IsMemberAsync_PagesUntilFound_FalseOnError()
    {
        var handler = new RecordingHandler()
            .Then(HttpStatusCode.OK, "{\"ok\":true,\"members\":[\"U1\"],\"response_metadata\":{\"next_cursor\":\"c2\"}}")
            .Then(HttpStatusCode.OK, "{\"ok\":true,\"members\":[\"U2\"],\"response_metadata\":{\"next_cursor\":\"\"}}")
            .Then(HttpStatusCode.OK, "{\"ok\":false,\"error\":\"not_in_channel\"}");
        SlackGateway gateway = Gateway(handler);

        Assert.True(await gateway.IsMemberAsync(Tenant, "C1", "U2", CancellationToken.None));
        Assert.False(await gateway.IsMemberAsync(Tenant, "C1", "U3", CancellationToken.None));
        Assert.Contains("cursor=c2", handler.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsMemberAsync_AnswersAndFailuresCachedUntilTtl()
    {
        var handler = new RecordingHandler()
            .Then(HttpStatusCode.OK, "{\"ok\":true,\"members\":[\"U2\"]}")
            .Then(HttpStatusCode.ServiceUnavailable, "down")
            .Then(HttpStatusCode.OK, "{\"ok\":true,\"members\":[\"U3\"]}");
        var time = new FakeTimeProvider();
        SlackGateway gateway = Gateway(handler, time);

        Assert.True(await gateway.IsMemberAsync(Tenant, "C1", "U2", CancellationToken.None));
        Assert.True(await gateway.IsMemberAsync(Tenant, "C1", "U2", CancellationToken.None));
        Assert.False(await gateway.IsMemberAsync(Tenant, "C1", "U3", CancellationToken.None));
        Assert.False(await gateway.IsMemberAsync(Tenant, "C1", "U3", CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
        time.Advance(SlackLookupCache.FailureTtl);
        Assert.True(await gateway.IsMemberAsync(Tenant, "C1", "U3", CancellationToken.None));
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task IsMemberAsync_SlackNeverAnswers_NotAMemberWithinBudgetAndCached()
    {
        var handler = new SilentHandler();
        IOptions<SlackOptions> options = Options.Create(new SlackOptions { ApiBaseUrl = new Uri("https://slack.example/api/"), BotToken = "xoxb-1" });
        var api = new SlackApiClient(new HttpClient(handler), options, TimeProvider.System, NullLogger<SlackApiClient>.Instance);
        var gateway = new SlackGateway(api, new SlackTokens(options, new UnusedInstallationStore(), TimeProvider.System), new SlackLookupCache(TimeProvider.System));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        bool first = await gateway.IsMemberAsync(Tenant, "C1", "U2", deadline.Token);
        bool second = await gateway.IsMemberAsync(Tenant, "C1", "U2", deadline.Token);

        Assert.False(first);
        Assert.False(second);
        Assert.False(deadline.IsCancellationRequested);
        Assert.Equal(1, handler.Requests);
    }

    private static SlackGateway Gateway(RecordingHandler handler, FakeTimeProvider? clock = null)
    {
        IOptions<SlackOptions> options = Options.Create(new SlackOptions { ApiBaseUrl = new Uri("https://slack.example/api/"), BotToken = "xoxb-1" });
        FakeTimeProvider time = clock ?? new FakeTimeProvider();
        var api = new SlackApiClient(new HttpClient(handler), options, time, NullLogger<SlackApiClient>.Instance);
        return new SlackGateway(api, new SlackTokens(options, new UnusedInstallationStore(), time), new SlackLookupCache(time));
    }
}
