using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Storage.Keys;

/// <summary>
/// Row keys of the Items table. One tenant is one partition holding its items, owner and goal index rows,
/// audit rows and the id counter, so every change to an item is a single transaction.
/// </summary>
internal static class ItemKeys
{
    public const string Counter = "counter";
    public const string ItemPrefix = "item|";
    public const string OwnerPrefix = "owner|";
    public const string GoalPrefix = "goal|";
    public const string AuditPrefix = "audit|";

    public static string Partition(TenantKey tenant) => KeyEncoder.Encode(tenant.Value);

    public static string Item(ItemNumber number) => ItemPrefix + Number(number);

    public static string OwnerScope(string ownerId) => OwnerPrefix + KeyEncoder.Encode(ownerId) + "|";

    public static string Owner(string ownerId, ItemNumber number) => OwnerScope(ownerId) + Number(number);

    public static string GoalScope(string goalId) => GoalPrefix + KeyEncoder.Encode(goalId) + "|";

    public static string Goal(string goalId, ItemNumber number) => GoalScope(goalId) + Number(number);

    public static string AuditScope(ItemNumber number) => AuditPrefix + Number(number) + "|";

    public static string Audit(ItemNumber number, int revision, int index) =>
        AuditScope(number) + revision.ToString("D8", CultureInfo.InvariantCulture) + "|" + index.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The smallest key greater than every key starting with <paramref name="prefix"/>.</summary>
    public static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    public static string Number(ItemNumber number) => number.Value.ToString("D10", CultureInfo.InvariantCulture);
}
