using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Storage.Keys;

/// <summary>
/// Keys of the global DueIndex table: PartitionKey is the UTC hour of the deadline, so a sweep reads only the
/// buckets of its window; the tenant key leads the RowKey.
/// </summary>
internal static class DueKeys
{
    public static string Bucket(DateTimeOffset dueUtc) =>
        dueUtc.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    public static string Row(TenantKey tenant, ItemNumber number) =>
        KeyEncoder.Encode(tenant.Value) + "|" + ItemKeys.Number(number);
}
