using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Storage.Keys;

/// <summary>
/// Row keys of the TodoSync table. PartitionKey = tenant; a person's state row and their item ↔ task links sit
/// side by side, so one range query reads all of a person's links.
/// </summary>
internal static class TodoSyncKeys
{
    public const string StatePrefix = "state|";
    public const string LinkPrefix = "link|";

    public static string Partition(TenantKey tenant) => KeyEncoder.Encode(tenant.Value);

    public static string State(string personId) => StatePrefix + KeyEncoder.Encode(personId);

    public static string LinkScope(string personId) => LinkPrefix + KeyEncoder.Encode(personId) + "|";

    public static string Link(string personId, ItemNumber number) =>
        LinkScope(personId) + number.Value.ToString("D10", CultureInfo.InvariantCulture);
}
