using System.Globalization;
using System.Net;
using System.Text;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using ActionTracker.Teams.Protocol;

namespace ActionTracker.Teams.Handlers;

/// <summary>Pure mapping from an activity to the command text and context Core expects.</summary>
public static class ActivityMapper
{
    private const string CommandPrefix = "/action";

    /// <summary>Tenant from channelData (authoritative), else the conversation; null when neither is usable.</summary>
    public static TenantKey? Tenant(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? id = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;
        return TenantKey.IsValidId(id) ? TenantKey.ForTeams(id!) : null;
    }

    public static PersonRef? Requester(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? id = activity.From?.AadObjectId ?? activity.From?.Id;
        return PersonRef.IsValidId(id) ? new PersonRef(id!, activity.From?.Name ?? id!) : null;
    }

    /// <summary>
    /// Removes the bot's own mention, rewrites other mentions to <c>&lt;@ID&gt;</c> (names returned separately) and a
    /// leading <c>/action</c>; entities are trusted, not the text.
    /// </summary>
    public static (string Text, IReadOnlyDictionary<string, string> MentionNames, bool HadPrefix) CommandText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = new StringBuilder(activity.Text ?? string.Empty);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Entity mention in activity.Entities ?? [])
        {
            if (!string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || string.IsNullOrEmpty(mention.Text) || mention.Mentioned?.Id is not { Length: > 0 } id)
            {
                continue;
            }

            bool isBot = string.Equals(id, activity.Recipient?.Id, StringComparison.Ordinal);
            string replacement = isBot ? string.Empty : "<@" + id + ">";
            if (!isBot)
            {
                names[id] = mention.Mentioned.Name ?? id;
            }

            text.Replace(mention.Text, replacement);
        }

        string result = WebUtility.HtmlDecode(text.ToString()).Replace('\u00a0', ' ').Trim();
        bool hadPrefix = result.StartsWith(CommandPrefix, StringComparison.OrdinalIgnoreCase)
                         && (result.Length == CommandPrefix.Length || char.IsWhiteSpace(result[CommandPrefix.Length]));
        if (hadPrefix)
        {
            result = result[CommandPrefix.Length..].Trim();
        }

        return (result, names, hadPrefix);
    }

    public static ConversationKind Kind(string? conversationType) => conversationType switch
    {
        "personal" => ConversationKind.Personal,
        "groupChat" or "groupchat" => ConversationKind.Group,
        _ => ConversationKind.Channel,
    };

    public static string? TimeZone(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? zone = activity.LocalTimezone ?? ClientInfo(activity)?.Timezone;
        return string.IsNullOrWhiteSpace(zone) ? null : zone;
    }

    public static DayMonthOrder DateOrder(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return DayMonthOrder.Unknown;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return DayMonthOrder.Unknown;
        }

        string name = culture.Name;
        bool monthFirst = name is "en-US" or "en-PH" or "en-BZ" or "en-FM" or "en-MH" or "en-PW" or "es-US"
                          || culture.TwoLetterISOLanguageName is "ja" or "zh" or "ko";
        return monthFirst ? DayMonthOrder.MonthFirst : DayMonthOrder.DayFirst;
    }

    /// <summary>The context for a message or card action; null when the activity lacks tenant, sender or conversation.</summary>
    public static CommandContext? Context(Activity activity, IReadOnlyDictionary<string, string> mentionNames, bool hadPrefix)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Tenant(activity) is not { } tenant || Requester(activity) is not { } requester
            || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        ConversationKind kind = Kind(activity.Conversation.ConversationType);
        return new CommandContext
        {
            Tenant = tenant,
            Requester = requester,
            ConversationId = conversationId,
            ConversationKind = kind,
            RequesterTimeZoneId = TimeZone(activity),
            DateOrder = DateOrder(activity.Locale ?? ClientInfo(activity)?.Locale),
            MentionNames = mentionNames,
            IsExplicitCommand = kind != ConversationKind.Personal || hadPrefix,
        };
    }

    private static Entity? ClientInfo(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
}
