using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>
/// A caller that hangs up while an add is being handled (Teams gives up after its timeout and redelivers the activity):
/// the add still finishes, so the redelivery is recognised and no second item is stored. Found by the scale-out run.
/// </summary>
public sealed class TeamsAbandonedRequestTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Add_CallerHangsUpAfterTheItemIsWritten_RedeliveryStoresNoSecondItem()
    {
        var gate = new HoldFirstCompletion();
        await using TeamsHost host = await TeamsHost.StartAsync(services: services =>
        {
            // The real store, wrapped.
            Type real = services.Last(d => d.ServiceType == typeof(IIdempotencyStore)).ImplementationType!;
            services.AddHttpContextAccessor();
            services.AddSingleton<IIdempotencyStore>(sp => gate.Wrap((IIdempotencyStore)ActivatorUtilities.CreateInstance(sp, real), sp.GetRequiredService<IHttpContextAccessor>()));
        });
        string user = Guid.NewGuid().ToString();
        string title = "Abandoned " + Guid.NewGuid().ToString("N")[..8];
        JsonObject add = TeamsActivities.Message(host.ServiceUrl, "add " + title, user, expectReplies: true);
        gate.Key = ActionTracker.Teams.Handlers.ActivityProcessor.ActivityKey(new ActionTracker.Teams.Protocol.Activity
        {
            Id = (string?)add["id"],
            Conversation = new ActionTracker.Teams.Protocol.ConversationAccount { Id = (string?)add["conversation"]!["id"] },
        });

        // The item is written; the caller hangs up before the activity's claim is marked done.
        using var hangUp = new CancellationTokenSource();
        Task<HttpResponseMessage> first = host.Client.SendAsync(Request(host, add), hangUp.Token);
        await gate.Reached.Task.WaitAsync(Wait);
        await hangUp.CancelAsync();
        gate.Release.SetResult();
        await gate.Finished.Task.WaitAsync(Wait);
        Assert.True(gate.SawHangUp);
        try
        {
            (await first).Dispose();
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or TimeoutException)
        {
            // The caller is gone: whatever it got is beside the point.
        }

        using HttpResponseMessage redelivered = await host.Client.SendAsync(Request(host, add));

        Assert.True(redelivered.IsSuccessStatusCode);
        Assert.Equal(1, await CountAsync(host, title));
    }

    private static HttpRequestMessage Request(TeamsHost host, JsonObject activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + host.Token());
        return request;
    }

    private static async Task<int> CountAsync(TeamsHost host, string title)
    {
        IActionItemStore items = host.Factory.Services.GetRequiredService<IActionItemStore>();
        int count = 0;
        for (long number = 1; number <= 5; number++)
        {
            ActionItem? item = await items.GetAsync(TenantKey.ForTeams(TeamsActivities.TenantId), new ItemNumber(number), CancellationToken.None);
            count += item?.Title == title ? 1 : 0;
        }

        return count;
    }

    /// <summary>Holds the first claim completion until released, then lets the request's own token decide.</summary>
    private sealed class HoldFirstCompletion
    {
        private int _held;

        /// <summary>True when the request's hang-up reached the handler's token, as it would without the fix (a guard on the test itself).</summary>
        public bool SawHangUp { get; set; }

        /// <summary>The claim key to hold: the add activity's.</summary>
        public string Key { get; set; } = string.Empty;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IIdempotencyStore Wrap(IIdempotencyStore inner, IHttpContextAccessor request) => new Store(inner, this, request);

        private sealed class Store(IIdempotencyStore inner, HoldFirstCompletion gate, IHttpContextAccessor request) : IIdempotencyStore
        {
            public Task<IdempotencyClaim> TryClaimAsync(TenantKey tenant, string key, TimeSpan staleAfter, CancellationToken cancellationToken) =>
                inner.TryClaimAsync(tenant, key, staleAfter, cancellationToken);

            public Task<bool> IsCompletedAsync(TenantKey tenant, string key, CancellationToken cancellationToken) => inner.IsCompletedAsync(tenant, key, cancellationToken);

            public async Task<bool> CompleteAsync(IdempotencyClaim claim, CancellationToken cancellationToken)
            {
                if (!claim.Key.Contains(gate.Key, StringComparison.Ordinal) || Interlocked.Exchange(ref gate._held, 1) == 1)
                {
                    return await inner.CompleteAsync(claim, cancellationToken);
                }

                try
                {
                    gate.Reached.SetResult();
                    await gate.Release.Task.WaitAsync(Wait, CancellationToken.None);
                    gate.SawHangUp = request.HttpContext?.RequestAborted.IsCancellationRequested == true;
                    cancellationToken.ThrowIfCancellationRequested();
                    return await inner.CompleteAsync(claim, cancellationToken);
                }
                finally
                {
                    gate.Finished.SetResult();
                }
            }

            public Task ReleaseAsync(IdempotencyClaim claim, CancellationToken cancellationToken) => inner.ReleaseAsync(claim, cancellationToken);
        }
    }
}
