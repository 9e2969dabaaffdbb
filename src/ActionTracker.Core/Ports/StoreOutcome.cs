namespace ActionTracker.Core.Ports;

public enum StoreOutcome
{
    Ok,
    NotFound,

    /// <summary>Someone else changed the record since it was read; nothing was written.</summary>
    Conflict,

    /// <summary>The input broke a rule or limit; nothing was written.</summary>
    Invalid,
}
