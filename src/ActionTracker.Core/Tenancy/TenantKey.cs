namespace ActionTracker.Core.Tenancy;

/// <summary>
/// The isolation boundary of all stored data: <c>teams:{tenantId}</c>, <c>slack:{teamId}</c>,
/// or <c>slack:{enterpriseId}</c> for an org-wide Slack install.
/// </summary>
public readonly record struct TenantKey
{
    public const int MaxIdLength = 128;

    private TenantKey(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static TenantKey ForTeams(string tenantId) => Create("teams", tenantId);

    /// <summary>Org-wide installs are keyed by the enterprise, so every workspace of the org shares data.</summary>
    public static TenantKey ForSlack(string teamId, string? enterpriseId, bool isEnterpriseInstall) =>
        isEnterpriseInstall && !string.IsNullOrEmpty(enterpriseId)
            ? Create("slack", enterpriseId)
            : Create("slack", teamId);

    /// <summary>Parses a stored or configured key such as <c>teams:72f988bf-...</c>.</summary>
    public static bool TryParse(string? value, out TenantKey key)
    {
        key = default;
        if (value is null)
        {
            return false;
        }

        int colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        string platform = value[..colon];
        string id = value[(colon + 1)..];
        if (platform is not ("teams" or "slack") || !IsValidId(id))
        {
            return false;
        }

        key = new TenantKey(value);
        return true;
    }

    public static bool IsValidId(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && id.Length <= MaxIdLength
        && !id.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?' or '\'' or ' ' or '|');

    public override string ToString() => Value ?? string.Empty;

    private static TenantKey Create(string platform, string id)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"'{Truncate(id)}' is not a valid {platform} tenant id.", nameof(id));
        }

        return new TenantKey($"{platform}:{id}");
    }

    private static string Truncate(string? id) => id is null ? "(null)" : id.Length <= 40 ? id : id[..40] + "…";
}
