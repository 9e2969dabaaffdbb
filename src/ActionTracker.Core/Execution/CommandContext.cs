using ActionTracker.Core.Dates;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Execution;

/// <summary>Who is asking, where, and what the channel knows about them; the tenant comes from the authenticated request.</summary>
public sealed record CommandContext
{
    public required TenantKey Tenant { get; init; }

    public required PersonRef Requester { get; init; }

    public required string ConversationId { get; init; }

    public ConversationKind ConversationKind { get; init; } = ConversationKind.Channel;

    /// <summary>Time zone the platform reports for the requester; the stored profile wins when present.</summary>
    public string? RequesterTimeZoneId { get; init; }

    public DayMonthOrder DateOrder { get; init; } = DayMonthOrder.Unknown;

    /// <summary>Display names of the <c>&lt;@ID&gt;</c> mentions in the text, from the platform's mention entities.</summary>
    public IReadOnlyDictionary<string, string> MentionNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Typed as a slash command (or an explicit bot mention) rather than a plain DM message.</summary>
    public bool IsExplicitCommand { get; init; } = true;

    /// <summary>The requester's stored profile when the channel already read it for this request (null: none stored).</summary>
    public Person? StoredRequester { get; init; }

    /// <summary>True when <see cref="StoredRequester"/> is the current stored profile, so Core need not read it again.</summary>
    public bool HasStoredRequester { get; init; }
}
