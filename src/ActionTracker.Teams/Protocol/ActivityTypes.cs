namespace ActionTracker.Teams.Protocol;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string ExpectReplies = "expectReplies";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string Event = "event";
    public const string MeetingEnd = "application/vnd.microsoft.meetingEnd";
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
}
