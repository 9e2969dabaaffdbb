using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Uninstalls stop proactive sends to that chat or team; installing again restores them.</summary>
public sealed class TeamsUninstallTests : IAsyncLifetime
{
    private static readonly TenantKey Tenant = TenantKey.ForTeams(TeamsActivities.TenantId);

    private TeamsHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PersonalUninstall_StopsDms_ReinstallRestoresThem()
    {
        string user = Guid.NewGuid().ToString();
        string dmPath = "/v3/conversations/a:personal-" + user + "/activities";
        await PostOkAsync(TeamsActivities.Message(_host.ServiceUrl, "help", user, expectReplies: true));
        INotifier notifier = _host.Factory.Services.GetRequiredService<INotifier>();

        await PostOkAsync(TeamsActivities.Uninstall(_host.ServiceUrl, user));
        await notifier.NotifyAsync(Tenant, new PersonRef(user, "Megan"), new CommandResult { Text = "Reminder while removed" }, CancellationToken.None);

        Assert.DoesNotContain(_host.Server.Calls, c => c.Path == dmPath);
        ConversationRecord? record = await Conversations.GetAsync(Tenant, "a:personal-" + user, CancellationToken.None);
        Assert.NotNull(record?.RemovedAt);

        JsonObject reinstall = TeamsActivities.Install(_host.ServiceUrl, user);
        reinstall["deliveryMode"] = "expectReplies";
        await PostOkAsync(reinstall);
        await notifier.NotifyAsync(Tenant, new PersonRef(user, "Megan"), new CommandResult { Text = "Reminder after reinstall" }, CancellationToken.None);

        RecordedCall sent = Assert.Single(_host.Server.Calls, c => c.Path == dmPath);
        Assert.Contains("Reminder after reinstall", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotRemovedFromTeam_StopsPostsToItsChannels_AddingItBackRestoresThem()
    {
        string user = Guid.NewGuid().ToString();
        string teamId = "19:team-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        string channelId = "19:leadership-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        JsonObject inChannel = TeamsActivities.Message(_host.ServiceUrl, "help", user, conversationType: "channel", conversationId: channelId, expectReplies: true);
        inChannel["channelData"]!["team"] = new JsonObject { ["id"] = teamId };
        await PostOkAsync(inChannel);
        IConversationPoster poster = _host.Factory.Services.GetRequiredService<IConversationPoster>();

        await PostOkAsync(TeamsActivities.TeamMembership(_host.ServiceUrl, user, teamId, added: false));
        await poster.PostAsync(Tenant, channelId, new CommandResult { Text = "Digest while removed" }, CancellationToken.None);

        Assert.DoesNotContain(_host.Server.Calls, c => c.Path.Contains(channelId, StringComparison.Ordinal));

        await PostOkAsync(TeamsActivities.TeamMembership(_host.ServiceUrl, user, teamId, added: true));
        await poster.PostAsync(Tenant, channelId, new CommandResult { Text = "Digest after adding back" }, CancellationToken.None);

        RecordedCall sent = Assert.Single(_host.Server.Calls, c => c.Path == "/v3/conversations/" + channelId + "/activities");
        Assert.Contains("Digest after adding back", sent.Body, StringComparison.Ordinal);
    }

    private IConversationStore Conversations => _host.Factory.Services.GetRequiredService<IConversationStore>();

    private async Task PostOkAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await _host.PostAsync(activity, "Bearer " + _host.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
