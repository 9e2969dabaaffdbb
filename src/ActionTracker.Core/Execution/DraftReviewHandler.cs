using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;

namespace ActionTracker.Core.Execution;

/// <summary>
/// Clicks on a transcript review card. Only accepted (or edited) items become action items, linked to the meeting;
/// each is marked on the draft before it is created, so a second click or a second reviewer never saves it twice.
/// The first accept also records the meeting's decisions. New owners get the usual accept / decline / propose DM.
/// </summary>
internal static class DraftReviewHandler
{
    /// <summary>A save that started longer ago than this and never finished (a crash) may be retried.</summary>
    private static readonly TimeSpan AbandonedSaveAfter = TimeSpan.FromMinutes(2);

    public static async Task<CommandResult> ExecuteAsync(DraftReviewCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (services.Meetings is not { } meetings)
        {
            return CommandResult.Error("Transcripts cannot be read by this installation.");
        }

        string id = "M" + command.Meeting.ToString(CultureInfo.InvariantCulture);
        MeetingDraft? draft = await meetings.GetAsync(context.Tenant, command.Meeting, cancellationToken);
        if (draft is null)
        {
            return CommandResult.Error($"There is no meeting {id} here.", HelpCatalog.Find("transcript")?.Usage);
        }

        bool mayReview = requester.IsAdmin || draft.Meeting.ConversationId == context.ConversationId || draft.Meeting.Organizer?.Id == requester.Person.Id;
        if (!mayReview)
        {
            return CommandResult.Error($"{id}'s draft belongs to another conversation; review it there.");
        }

        if (command.Item is { } index && (index < 1 || index > draft.Items.Count))
        {
            return CommandResult.Error($"{id} has no item {index}; its items are numbered 1 to {draft.Items.Count}.");
        }

        var notes = new List<string>();
        bool ok = true;
        switch (command.Action)
        {
            case DraftReviewAction.Accept:
                ok = await AcceptAsync(command.Meeting, command.Item!.Value, null, context, requester, services, notes, cancellationToken);
                break;
            case DraftReviewAction.Edit:
                ok = await EditAsync(command, context, requester, services, notes, cancellationToken);
                break;
            case DraftReviewAction.AcceptAll:
                foreach (MeetingDraftItem item in draft.Items.Where(i => i.State == DraftReviewState.Pending))
                {
                    ok &= await AcceptAsync(command.Meeting, item.Index, null, context, requester, services, notes, cancellationToken);
                }

                // With every item rejected (or none found) "accept all" still records the decisions.
                if (await meetings.GetAsync(context.Tenant, command.Meeting, cancellationToken) is { DecisionsClaimedAt: null, Decisions.Count: > 0 } unclaimed
                    && (await meetings.SaveAsync(unclaimed with { DecisionsClaimedAt = services.Time.GetUtcNow() }, cancellationToken)).IsOk)
                {
                    await RecordDecisionsAsync(command.Meeting, context, requester, services, cancellationToken);
                }

                break;
            case DraftReviewAction.Reject:
                ok = await RejectAsync(command.Meeting, command.Item!.Value, context, services, notes, cancellationToken);
                break;
        }

        MeetingDraft current = await meetings.GetAsync(context.Tenant, command.Meeting, cancellationToken) ?? draft;
        return await DraftPresenter.ResultAsync(current, services.Items, notes.Count == 0 ? null : string.Join("\n", notes), ok, cancellationToken);
    }

    private static async Task<bool> EditAsync(DraftReviewCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, List<string> notes, CancellationToken cancellationToken)
    {
        if (command.Title is null && command.Owner is null && command.Due is null)
        {
            notes.Add("Say what to change: title=…, owner=… or due=….");
            return false;
        }

        if (command.Title is { Length: > ActionItemLimits.MaxTitleLength })
        {
            notes.Add($"Keep the title to {ActionItemLimits.MaxTitleLength} characters.");
            return false;
        }

        PersonRef? owner = null;
        MeetingDraftItem? current = (await services.Meetings!.GetAsync(context.Tenant, command.Meeting, cancellationToken))?.Items.FirstOrDefault(i => i.Index == command.Item);
        string? ownerText = command.Owner?.TrimStart('@').Trim();
        if (ownerText is not null && current is not null
            && (string.Equals(ownerText, current.Owner?.DisplayName, StringComparison.OrdinalIgnoreCase) || string.Equals(ownerText, current.OwnerName, StringComparison.OrdinalIgnoreCase)))
        {
            // The form sends the owner back unchanged: keep who it is rather than look the name up again.
            ownerText = null;
        }

        if (ownerText is not null)
        {
            PersonSpec spec = PersonTokens.TryParse(command.Owner!.Trim(), out PersonSpec? parsed) ? parsed : new NamedPerson(ownerText);
            (PersonRef? resolved, string? error) = await PersonResolver.ResolveAsync(spec, context, services, cancellationToken);
            if (resolved is null)
            {
                notes.Add(error!);
                return false;
            }

            owner = resolved;
        }

        var edit = new DraftEdit(command.Title?.Trim(), owner, command.Due);
        return await AcceptAsync(command.Meeting, command.Item!.Value, edit, context, requester, services, notes, cancellationToken);
    }

    private static async Task<bool> AcceptAsync(
        long meeting, int index, DraftEdit? edit, CommandContext context, RequesterProfile requester, ExecutionServices services, List<string> notes, CancellationToken cancellationToken)
    {
        IMeetingStore meetings = services.Meetings!;
        DateTimeOffset now = services.Time.GetUtcNow();
        MeetingDraft? draft = await meetings.GetAsync(context.Tenant, meeting, cancellationToken);
        MeetingDraftItem? line = draft?.Items.FirstOrDefault(i => i.Index == index);
        if (draft is null || line is null)
        {
            notes.Add($"Item {index} is gone from this draft.");
            return false;
        }

        if (line.SavedAs is { } saved)
        {
            notes.Add($"Item {index} is already saved as {saved}" + (edit is null ? "." : $"; change it with `edit {saved} title …`, `assign {saved} @person` or `due {saved} DATE`."));
            return edit is null;
        }

        if (line.AcceptingSince is { } since && now - since < AbandonedSaveAfter)
        {
            notes.Add($"Item {index} is being saved by someone else right now.");
            return false;
        }

        PersonRef owner = edit?.Owner ?? line.Owner ?? requester.Person;
        string ownerZone = owner.Id == requester.Person.Id
            ? requester.TimeZoneId
            : (await services.People.GetAsync(context.Tenant, owner.Id, cancellationToken))?.TimeZoneId ?? draft.TimeZoneId;
        DueDate? due = line.Due is { } date ? DueDates.Create(new ResolvedDate(date, null), ownerZone, ownerZone) : null;
        DateOnly? dueDate = line.Due;
        if (edit?.Due is { } dueText)
        {
            DueResolution resolution = DueResolution.Resolve(dueText, context, requester, ownerZone, now);
            if (resolution.Due is null)
            {
                notes.Add(resolution.Error ?? (resolution.Question?.Message + " Give the date as YYYY-MM-DD."));
                return false;
            }

            due = resolution.Due;
            dueDate = DueDates.LocalDate(resolution.Due);
        }

        // Claim the line (and, on the first accept, the decisions) before anything is created.
        bool claimDecisions = draft.DecisionsClaimedAt is null && draft.Decisions.Count > 0;
        MeetingDraftItem claimed = line with
        {
            State = edit is null ? DraftReviewState.Accepted : DraftReviewState.Edited,
            Title = edit?.Title ?? line.Title,
            Owner = owner,
            OwnerName = edit?.Owner?.DisplayName ?? line.OwnerName,
            Due = dueDate,
            AcceptingSince = now,
        };
        StoreResult<MeetingDraft> claim = await meetings.SaveAsync(
            Replace(draft, claimed) with { DecisionsClaimedAt = claimDecisions ? now : draft.DecisionsClaimedAt }, cancellationToken);
        if (!claim.IsOk)
        {
            notes.Add($"The draft changed while item {index} was being saved; nothing was saved, try again.");
            return false;
        }

        bool assignedByOther = owner.Id != requester.Person.Id;
        var item = new ActionItem
        {
            Tenant = context.Tenant,
            Title = claimed.Title,
            Owner = owner,
            Creator = requester.Person,
            Status = assignedByOther ? ItemStatus.Proposed : ItemStatus.Open,
            Due = due,
            Context = $"From {draft.Id} {draft.Meeting.Title}" + (line.Extracted.Speaker is { } speaker ? $": {speaker} said “{Cut(line.Extracted.Quote, 300)}”" : string.Empty),
            Source = new ItemSource
            {
                Kind = ItemSourceKind.Transcript,
                Quote = line.Extracted.Quote,
                TranscriptTimestamp = line.Extracted.Timestamp,
                Confidence = line.Extracted.Confidence,
            },
            MeetingId = draft.Id,
            ConversationId = draft.Meeting.ConversationId,
            IsPrivate = draft.ConversationKind == ConversationKind.Personal,
        };
        StoreResult<ActionItem> created = await services.Items.CreateAsync(item, requester.Person, cancellationToken);
        if (!created.IsOk)
        {
            await ReleaseAsync(meetings, context, meeting, index, cancellationToken);
            notes.Add($"Item {index} could not be saved: {created.Message}");
            return false;
        }

        ActionItem stored = created.Value!;
        await MarkSavedAsync(meetings, context, meeting, index, stored.Number, cancellationToken);
        if (claimDecisions)
        {
            await RecordDecisionsAsync(meeting, context, requester, services, cancellationToken);
        }

        if (assignedByOther && await Notifications.AskOwnerAsync(stored, requester.Person, services, cancellationToken) is { } failed)
        {
            notes.Add(failed);
        }

        return true;
    }

    private static async Task<bool> RejectAsync(long meeting, int index, CommandContext context, ExecutionServices services, List<string> notes, CancellationToken cancellationToken)
    {
        MeetingDraft? draft = await services.Meetings!.GetAsync(context.Tenant, meeting, cancellationToken);
        if (draft?.Items.FirstOrDefault(i => i.Index == index) is { SavedAs: { } saved })
        {
            notes.Add($"Item {index} is already saved as {saved}; cancel it with `cancel {saved}`.");
            return false;
        }

        return await UpdateLineAsync(services.Meetings, context, meeting, index, line => line.SavedAs is null && line.AcceptingSince is null
            ? line with { State = DraftReviewState.Rejected }
            : line, cancellationToken);
    }

    /// <summary>Records the meeting's decisions once; each is marked on the draft as it is recorded.</summary>
    private static async Task RecordDecisionsAsync(long meeting, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        IMeetingStore meetings = services.Meetings!;
        MeetingDraft? draft = await meetings.GetAsync(context.Tenant, meeting, cancellationToken);
        if (draft is null)
        {
            return;
        }

        for (int i = 0; i < draft.Decisions.Count; i++)
        {
            if (draft.Decisions[i].SavedAs is not null)
            {
                continue;
            }

            Transcripts.DraftDecision extracted = draft.Decisions[i].Extracted;
            var decision = new Decision
            {
                Tenant = context.Tenant,
                Text = Cut(extracted.Text, 2000),
                RecordedBy = requester.Person,
                DecidedAt = draft.Meeting.StartedAt,
                ConversationId = draft.Meeting.ConversationId,
                MeetingId = draft.Id,
                Source = new ItemSource { Kind = ItemSourceKind.Transcript, Quote = extracted.Quote, TranscriptTimestamp = extracted.Timestamp, Confidence = extracted.Confidence },
            };
            StoreResult<Decision> stored = await services.Decisions.CreateAsync(decision, cancellationToken);
            if (!stored.IsOk)
            {
                continue;
            }

            int at = i;
            for (int attempt = 0; attempt < 5; attempt++)
            {
                var decisions = draft.Decisions.Select((d, n) => n == at ? d with { SavedAs = stored.Value!.Number } : d).ToList();
                if ((await meetings.SaveAsync(draft with { Decisions = decisions }, cancellationToken)).IsOk)
                {
                    break;
                }

                draft = await meetings.GetAsync(context.Tenant, meeting, cancellationToken) ?? draft;
            }

            draft = await meetings.GetAsync(context.Tenant, meeting, cancellationToken) ?? draft;
        }
    }

    private static Task<bool> ReleaseAsync(IMeetingStore meetings, CommandContext context, long meeting, int index, CancellationToken cancellationToken) =>
        UpdateLineAsync(meetings, context, meeting, index, line => line with { State = DraftReviewState.Pending, AcceptingSince = null }, cancellationToken);

    private static Task<bool> MarkSavedAsync(IMeetingStore meetings, CommandContext context, long meeting, int index, ItemNumber number, CancellationToken cancellationToken) =>
        UpdateLineAsync(meetings, context, meeting, index, line => line with { SavedAs = number, AcceptingSince = null }, cancellationToken);

    /// <summary>Re-reads and retries on a conflict: another click changed a different line meanwhile.</summary>
    private static async Task<bool> UpdateLineAsync(
        IMeetingStore meetings, CommandContext context, long meeting, int index, Func<MeetingDraftItem, MeetingDraftItem> change, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < 5; attempt++)
        {
            MeetingDraft? draft = await meetings.GetAsync(context.Tenant, meeting, cancellationToken);
            MeetingDraftItem? line = draft?.Items.FirstOrDefault(i => i.Index == index);
            if (draft is null || line is null)
            {
                return false;
            }

            if ((await meetings.SaveAsync(Replace(draft, change(line)), cancellationToken)).IsOk)
            {
                return true;
            }
        }

        return false;
    }

    private static MeetingDraft Replace(MeetingDraft draft, MeetingDraftItem line) =>
        draft with { Items = draft.Items.Select(i => i.Index == line.Index ? line : i).ToList() };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private sealed record DraftEdit(string? Title, PersonRef? Owner, string? Due);
}
