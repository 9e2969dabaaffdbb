namespace ActionTracker.Core.Commands;

/// <summary>What an <c>admin</c> command does.</summary>
public enum AdminAction
{
    List,
    Add,
    Remove,

    /// <summary>An export link for every item of the tenant (admins only).</summary>
    ExportTenant,

    /// <summary>Delete or anonymise a person's data.</summary>
    Forget,

    /// <summary>The admin audit log.</summary>
    Log,
}
