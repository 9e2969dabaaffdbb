namespace ActionTracker.Slack.WebApi;

/// <summary>A Web API call answered <c>ok:false</c> (or failed at the HTTP level); <see cref="Error"/> is Slack's error code.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
        : this("unknown_error")
    {
    }

    public SlackApiException(string error)
        : base("Slack API error: " + error)
    {
        Error = error;
    }

    public SlackApiException(string error, Exception innerException)
        : base("Slack API error: " + error, innerException)
    {
        Error = error;
    }

    public string Error { get; }
}
