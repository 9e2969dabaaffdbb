using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ActionTracker.Core.Audit;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;

namespace ActionTracker.Core.Execution;

/// <summary>
/// <c>export</c>: stores a request behind an unguessable token and answers with an expiring link; opening the link
/// produces the file then, with the requester's visibility, every field and each item's audit history.
/// </summary>
internal static class ExportHandler
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    private const int MaxExportedMeetings = 10_000;

    public static async Task<CommandResult> CreateAsync(ExportCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (services.Exports is null || services.Endpoint is null)
        {
            return CommandResult.Error("Exports are not available on this installation.");
        }

        string? personId = null;
        if (command.Scope == ListScope.Person && command.Person is not null)
        {
            (PersonRef? person, string? error) = await PersonResolver.ResolveAsync(command.Person, context, services, cancellationToken);
            if (person is null)
            {
                return CommandResult.Error(error!, HelpCatalog.Find("export")?.Usage);
            }

            personId = person.Id;
        }

        string token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        DateTimeOffset expires = services.Time.GetUtcNow() + LinkLifetime;
        await services.Exports.SaveAsync(
            new ExportRequest
            {
                Token = token,
                Tenant = context.Tenant,
                Requester = requester.Person,
                ConversationId = context.ConversationId,
                ConversationKind = context.ConversationKind,
                Scope = command.Scope,
                PersonId = personId ?? requester.Person.Id,
                Format = command.Format,
                ExpiresAt = expires,
            },
            cancellationToken);
        var link = new Uri(services.Endpoint.BaseUrl, "exports/" + token);
        string until = ZonedTime.ToLocal(expires, requester.TimeZoneId).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        return new CommandResult { Text = $"Your export is ready until {until}: {link}" };
    }

    public static async Task<ExportFile?> RenderAsync(ExportRequest request, ExecutionServices services, CancellationToken cancellationToken)
    {
        Person? stored = await services.People.GetAsync(request.Tenant, request.Requester.Id, cancellationToken);
        var context = new CommandContext { Tenant = request.Tenant, Requester = request.Requester, ConversationId = request.ConversationId, ConversationKind = request.ConversationKind };
        RequesterProfile requester = RequesterProfile.From(context, stored);
        var access = new ItemAccess(context, requester, services);
        if (request.Scope == ListScope.Tenant && !requester.IsAdmin)
        {
            // A tenant export works only while its requester is still an admin.
            return null;
        }

        var items = new List<ActionItem>();
        string? token = null;
        do
        {
            ResultPage<ActionItem> page = request.Scope switch
            {
                ListScope.Team => await services.Items.ListAsync(request.Tenant, new ItemListFilter { ConversationId = request.ConversationId }, token, 1000, cancellationToken),
                ListScope.Tenant => await services.Items.ListAsync(request.Tenant, ItemListFilter.All, token, 1000, cancellationToken),
                _ => await services.Items.ListByOwnerAsync(request.Tenant, request.PersonId!, ItemListFilter.All, token, 1000, cancellationToken),
            };
            foreach (ActionItem item in page.Items)
            {
                if (await access.CanSeeAsync(item, cancellationToken))
                {
                    items.Add(item);
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        var rows = new List<(ActionItem Item, IReadOnlyList<AuditEntry> History)>();
        foreach (ActionItem item in items.OrderBy(i => i.Number.Value))
        {
            rows.Add((item, await services.Items.GetHistoryAsync(request.Tenant, item.Number, cancellationToken)));
        }

        string stamp = services.Time.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (request.Format != ExportFormat.Markdown)
        {
            return new ExportFile($"action-items-{stamp}.csv", "text/csv; charset=utf-8", ExportWriter.Csv(rows));
        }

        string markdown = ExportWriter.Markdown(rows, requester.TimeZoneId);
        if (request.Scope == ListScope.Tenant)
        {
            // The whole tenant: its decisions and meetings (with their drafts' quotes) too.
            markdown += ExportWriter.TenantRecordsMarkdown(await AllDecisionsAsync(request, services, cancellationToken), await MeetingsAsync(request, services, cancellationToken));
        }

        return new ExportFile($"action-items-{stamp}.md", "text/markdown; charset=utf-8", markdown);
    }

    private static async Task<List<Decisions.Decision>> AllDecisionsAsync(ExportRequest request, ExecutionServices services, CancellationToken cancellationToken)
    {
        var decisions = new List<Decisions.Decision>();
        string? token = null;
        do
        {
            ResultPage<Decisions.Decision> page = await services.Decisions.ListAsync(request.Tenant, null, token, 1000, cancellationToken);
            decisions.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return decisions;
    }

    private static async Task<IReadOnlyList<Meetings.MeetingDraft>> MeetingsAsync(ExportRequest request, ExecutionServices services, CancellationToken cancellationToken) =>
        services.Meetings is null ? [] : await services.Meetings.ListAsync(request.Tenant, MaxExportedMeetings, cancellationToken);
}
