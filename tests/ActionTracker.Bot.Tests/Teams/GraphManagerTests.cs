using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Teams.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Review access through the reporting line in Microsoft Graph (a local fake Graph), falling back to <c>admin manager</c>.</summary>
public sealed class GraphManagerTests : IAsyncLifetime
{
    private const string Refusal = "Reviews are visible only to the person, their manager and admins";

    private readonly string _maria = Guid.NewGuid().ToString();
    private readonly string _tom = Guid.NewGuid().ToString();
    private readonly string _ana = Guid.NewGuid().ToString();
    private FakeGraphServer _graph = null!;
    private TeamsHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        Dictionary<string, string?> settings = _graph.Settings();
        settings["Graph:TenantId"] = TeamsActivities.TenantId;
        _host = await TeamsHost.StartAsync(extra: settings, services: _graph.Trust);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Review_ManagerInGraph_MaySee_PeersMayNot_AndGraphIsAskedOnce()
    {
        _graph.Managers[_maria] = (_tom, "Tom Lee");

        string manager = await ReviewOfMariaAsync(_tom);
        string again = await ReviewOfMariaAsync(_tom);
        string peer = await ReviewOfMariaAsync(_ana);

        Assert.Contains("Review for Maria Garcia", manager, StringComparison.Ordinal);
        Assert.Contains("Review for Maria Garcia", again, StringComparison.Ordinal);
        Assert.Contains(Refusal, peer, StringComparison.Ordinal);
        RecordedCall call = Assert.Single(_graph.GraphCalls);
        Assert.StartsWith($"/v1.0/users/{_maria}/manager?", call.Path, StringComparison.Ordinal);
        Assert.Contains("select=id", Uri.UnescapeDataString(call.Path), StringComparison.Ordinal);
        Assert.Equal("Bearer graph-token", call.Authorization);
    }

    [Fact]
    public async Task Review_GraphDecidesOverTheMapping_WhenItKnowsTheManager()
    {
        _graph.Managers[_maria] = (_tom, "Tom Lee");
        await SetMappedManagerAsync(_ana);

        string ana = await ReviewOfMariaAsync(_ana);
        string tom = await ReviewOfMariaAsync(_tom);

        Assert.Contains(Refusal, ana, StringComparison.Ordinal);
        Assert.Contains("Review for Maria Garcia", tom, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(403)]
    [InlineData(503)]
    public async Task Review_GraphHasNoAnswer_FallsBackToTheMappingAdminsSet(int? status)
    {
        _graph.ManagerStatus = status;
        string before = await ReviewOfMariaAsync(_ana);
        await SetMappedManagerAsync(_ana);

        string after = await ReviewOfMariaAsync(_ana);

        Assert.Contains(Refusal, before, StringComparison.Ordinal);
        Assert.Contains("Review for Maria Garcia", after, StringComparison.Ordinal);
        Assert.NotEmpty(_graph.GraphCalls);
    }

    [Fact]
    public async Task FindManager_OtherTenantsSlackOrNonDirectoryIds_NeverCallGraph()
    {
        IManagerDirectory directory = _host.Factory.Services.GetRequiredService<IManagerDirectory>();
        _graph.Managers[_maria] = (_tom, "Tom Lee");

        var answers = new[]
        {
            await directory.FindManagerAsync(TenantKey.ForTeams(Guid.NewGuid().ToString()), _maria, CancellationToken.None),
            await directory.FindManagerAsync(TenantKey.ForSlack("T0001ABCD", null, false), _maria, CancellationToken.None),
            await directory.FindManagerAsync(TenantKey.ForTeams(TeamsActivities.TenantId), "29:" + _maria, CancellationToken.None),
            await directory.FindManagerAsync(TenantKey.ForTeams(TeamsActivities.TenantId), "../" + _maria, CancellationToken.None),
        };
        var found = await directory.FindManagerAsync(TenantKey.ForTeams(TeamsActivities.TenantId), _maria, CancellationToken.None);

        Assert.IsType<GraphManagerDirectory>(directory);
        Assert.All(answers, Assert.Null);
        Assert.Equal((_tom, "Tom Lee"), (found?.Id, found?.DisplayName));
        Assert.Single(_graph.GraphCalls);
    }

    private async Task SetMappedManagerAsync(string manager)
    {
        string admin = Guid.NewGuid().ToString();
        await _host.Factory.Services.GetRequiredService<IPersonStore>().SaveAsync(
            new Person { Tenant = TenantKey.ForTeams(TeamsActivities.TenantId), Ref = new PersonRef(admin, "Ola Nordmann"), IsAdmin = true }, CancellationToken.None);
        JsonObject activity = TeamsActivities.Message(_host.ServiceUrl, "admin manager <at>Maria Garcia</at> <at>Ana Silva</at>", admin, expectReplies: true);
        activity["entities"] = new JsonArray(Mention(_maria, "Maria Garcia"), Mention(manager, "Ana Silva"));
        string reply = await SendAsync(activity);
        Assert.True(reply.Contains("now manages Maria Garcia", StringComparison.Ordinal), reply);
    }

    private Task<string> ReviewOfMariaAsync(string requester)
    {
        JsonObject activity = TeamsActivities.Message(_host.ServiceUrl, "review <at>Maria Garcia</at>", requester, expectReplies: true);
        activity["entities"] = new JsonArray(Mention(_maria, "Maria Garcia"));
        return SendAsync(activity);
    }

    private async Task<string> SendAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await _host.PostAsync(activity, "Bearer " + _host.Token());
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    private static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };
}
