using ActionTracker.Core.Dates;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;

namespace ActionTracker.Slack.Handlers;

/// <summary>users.info for one person, and the stored profile it fills (time zone for due dates and reminders, email, name).</summary>
public sealed class SlackProfileLookup
{
    private readonly IPersonStore _people;
    private readonly SlackApiClient _api;

    public SlackProfileLookup(IPersonStore people, SlackApiClient api)
    {
        _people = people;
        _api = api;
    }

    /// <summary>Throws <see cref="SlackApiException"/> or <see cref="HttpRequestException"/> when Slack cannot answer.</summary>
    public async Task<SlackProfile> FetchAsync(TenantKey tenant, Person? stored, PersonRef requester, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var info = await _api.CallFormAsync(
            "users.info",
            token,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["user"] = requester.Id, ["include_locale"] = "true" },
            cancellationToken);
        string? zone = Json.Str(info, "user", "tz");
        string? locale = Json.Str(info, "user", "locale");
        string? realName = Json.Str(info, "user", "real_name") ?? Json.Str(info, "user", "profile", "real_name");
        string? email = Json.Str(info, "user", "profile", "email");
        var named = string.IsNullOrWhiteSpace(realName) ? requester : new PersonRef(requester.Id, realName);
        if (zone is not null)
        {
            Person person = (stored ?? new Person { Tenant = tenant, Ref = named }) with { TimeZoneId = zone, Email = stored?.Email ?? email };
            await _people.SaveAsync(person, cancellationToken);
            stored = person;
        }

        return new SlackProfile(stored, named, SlackContextBuilder.OrderOf(locale));
    }
}
