namespace ActionTracker.Slack.Auth;

public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    StaleTimestamp,
    BadSignature,
}
