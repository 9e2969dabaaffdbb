using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Sync;

/// <summary>What a To Do task shows for an item: title, due day, importance, completion and the link back.</summary>
public sealed record TodoTaskContent
{
    public required ItemNumber Number { get; init; }

    public required string Title { get; init; }

    /// <summary>The deadline's calendar date in the owner's zone; To Do keeps due dates as days.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The owner's zone as Graph's dateTimeTimeZone wants it (a Windows zone name, "UTC" when unknown).</summary>
    public string DueTimeZone { get; init; } = "UTC";

    public TodoImportance Importance { get; init; } = TodoImportance.Normal;

    public bool Completed { get; init; }

    /// <summary>Our key for the item (tenant and number), sent as the linked resource's externalId.</summary>
    public required string ExternalId { get; init; }

    /// <summary>Short hash of every field sent, so a change on our side is noticed without storing the fields.</summary>
    public string Fingerprint
    {
        get
        {
            string text = string.Join(
                '\n',
                Title,
                DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                DueTimeZone,
                Importance.ToString(),
                Completed ? "done" : "open",
                ExternalId);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
        }
    }
}
