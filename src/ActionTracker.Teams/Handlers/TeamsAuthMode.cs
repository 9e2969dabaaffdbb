namespace ActionTracker.Teams.Handlers;

public enum TeamsAuthMode
{
    /// <summary>Full Bot Framework JWT validation (Teams:AppId set).</summary>
    Validate,

    /// <summary>No app id outside Development: the endpoint answers 401 to everything.</summary>
    RejectAll,

    /// <summary>No app id in Development only: auth skipped, logged loudly at start.</summary>
    SkipForDevelopment,
}
