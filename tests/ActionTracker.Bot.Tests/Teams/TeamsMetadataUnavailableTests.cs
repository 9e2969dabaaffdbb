using System.Net;
using System.Text.Json.Nodes;

namespace ActionTracker.Bot.Tests.Teams;

public sealed class TeamsMetadataUnavailableTests
{
    [Fact]
    public async Task Post_MetadataUnreachable_Returns401AndNothingHappens()
    {
        await using TeamsHost host = await TeamsHost.StartAsync(metadataUrl: "http://127.0.0.1:9/openid");
        string user = Guid.NewGuid().ToString();
        JsonObject activity = TeamsActivities.Message(host.ServiceUrl, "add Never stored", user, expectReplies: true);

        using HttpResponseMessage response = await host.PostAsync(activity, "Bearer " + host.Token());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Server.ConnectorCalls);
        Assert.Null(await host.GetPersonAsync(user));
    }
}
