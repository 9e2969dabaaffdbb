namespace ActionTracker.Slack.Tests.WebApi;

/// <summary>A Slack that accepts the connection and never answers (until the request is cancelled).</summary>
internal sealed class SilentHandler : HttpMessageHandler
{
    public int Requests { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
