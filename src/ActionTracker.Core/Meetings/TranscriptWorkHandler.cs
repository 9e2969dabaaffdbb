using System.Text;
using System.Text.Json;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Transcripts;
using ActionTracker.Core.Work;

namespace ActionTracker.Core.Meetings;

/// <summary>
/// The queued extraction: fetch → read → extract → map owners and flag duplicates → store the draft → post the review
/// card. A transcript read before is not extracted again: its stored draft is posted instead. Bad input is answered in
/// the conversation and stores nothing.
/// </summary>
public sealed class TranscriptWorkHandler : IWorkHandler
{
    private readonly IMeetingStore _meetings;
    private readonly IActionItemStore _items;
    private readonly IDirectory _directory;
    private readonly IConversationPoster _poster;
    private readonly ITranscriptExtractor _extractor;
    private readonly Dictionary<string, ITranscriptSource> _sources;
    private readonly TimeProvider _time;
    private readonly TranscriptRetention _retention;

    public TranscriptWorkHandler(
        IMeetingStore meetings,
        IActionItemStore items,
        IDirectory directory,
        IConversationPoster poster,
        ITranscriptExtractor extractor,
        IEnumerable<ITranscriptSource> sources,
        TimeProvider time,
        TranscriptRetention? retention = null)
    {
        _time = time;
        _retention = retention ?? TranscriptRetention.None;
        _meetings = meetings;
        _items = items;
        _directory = directory;
        _poster = poster;
        _extractor = extractor;
        _sources = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);
    }

    public string Kind => TranscriptJob.WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        TranscriptJob? job;
        try
        {
            job = JsonSerializer.Deserialize(item.Payload, MeetingJsonContext.Default.TranscriptJob);
        }
        catch (JsonException)
        {
            return;
        }

        if (job is null || !PersonRef.IsValidId(job.OrganizerId))
        {
            return;
        }

        TranscriptFetch fetched = await FetchAsync(item.Tenant, job, cancellationToken);
        if (fetched.Error is { } fetchError)
        {
            TranscriptMetrics.Job(job.Source, "fetch_failed");
            await TellAsync(item.Tenant, job, fetchError, cancellationToken);
            return;
        }

        if (fetched.Content.Length > DraftLimits.MaxBytes)
        {
            TranscriptMetrics.Job(job.Source, "too_large");
            await TellAsync(item.Tenant, job, DraftLimits.TooLargeMessage(fetched.Content.Length), cancellationToken);
            return;
        }

        (Transcript? transcript, string? readError) = TranscriptInput.Read(fetched.Content, fetched.FileName ?? job.Source.FileName);
        if (transcript is null)
        {
            TranscriptMetrics.Job(job.Source, "unreadable");
            await TellAsync(item.Tenant, job, readError ?? "That transcript could not be read.", cancellationToken);
            return;
        }

        (MeetingDraft? draft, bool existed) = await FindOrCreateAsync(item.Tenant, job, fetched, transcript, cancellationToken);
        if (existed && job.IsAutomatic && draft!.Meeting.ConversationId == job.ConversationId)
        {
            // Teams announced the same transcript twice (meeting end and change notification): its card is already there.
            TranscriptMetrics.Job(job.Source, "already_posted");
            return;
        }

        if (draft is null)
        {
            // Nothing to review: say so, and store nothing.
            TranscriptMetrics.Job(job.Source, "empty");
            await _poster.PostAsync(item.Tenant, job.ConversationId, new CommandResult { Text = "I read the transcript but found no action items or decisions in it." }, cancellationToken);
            await ReleaseInputAsync(item.Tenant, job, cancellationToken);
            return;
        }

        string? note = draft.Meeting.ConversationId == job.ConversationId && draft.Items.All(i => !i.IsDecided)
            ? null
            : $"This transcript was read before as {draft.Id}; here is its draft, so nothing is added twice.";
        CommandResult card = await DraftPresenter.ResultAsync(draft, _items, note, succeeded: true, cancellationToken);
        await _poster.PostAsync(item.Tenant, job.ConversationId, card, cancellationToken);
        await ReleaseInputAsync(item.Tenant, job, cancellationToken);
        TranscriptMetrics.Job(job.Source, existed ? "reused" : "draft");
    }

    /// <summary>The pasted text has served its purpose: deleted now, or kept for the configured retention.</summary>
    private async Task ReleaseInputAsync(TenantKey tenant, TranscriptJob job, CancellationToken cancellationToken)
    {
        if (job.Source.Kind != TranscriptReference.PastedKind || job.Source.Id is not { } inputId)
        {
            return;
        }

        if (_retention.Raw > TimeSpan.Zero)
        {
            await _meetings.RetainInputAsync(tenant, inputId, _time.GetUtcNow() + _retention.Raw, cancellationToken);
        }
        else
        {
            await _meetings.DeleteInputAsync(tenant, inputId, cancellationToken);
        }
    }

    private async Task<TranscriptFetch> FetchAsync(TenantKey tenant, TranscriptJob job, CancellationToken cancellationToken)
    {
        if (job.Source.Kind == TranscriptReference.PastedKind)
        {
            string? text = job.Source.Id is { } id ? await _meetings.GetInputAsync(tenant, id, cancellationToken) : null;
            return text is null
                ? TranscriptFetch.Failed("The pasted transcript is no longer available; paste it again.")
                : new TranscriptFetch { Content = Encoding.UTF8.GetBytes(text), FileName = "pasted.txt" };
        }

        return _sources.TryGetValue(job.Source.Kind, out ITranscriptSource? source)
            ? await source.FetchAsync(tenant, job.Source, cancellationToken)
            : TranscriptFetch.Failed("Transcripts from there cannot be read by this installation.");
    }

    /// <summary>The stored draft of this transcript, a new one, or null when the transcript holds nothing to review.</summary>
    private async Task<(MeetingDraft? Draft, bool Existed)> FindOrCreateAsync(TenantKey tenant, TranscriptJob job, TranscriptFetch fetched, Transcript transcript, CancellationToken cancellationToken)
    {
        string hash = TranscriptFingerprint.Of(transcript);
        if (await _meetings.FindByTranscriptAsync(tenant, hash, cancellationToken) is { } existing)
        {
            return (existing, true);
        }

        DateTimeOffset started = fetched.MeetingStart ?? job.MeetingStart ?? DateTimeOffset.UnixEpoch;
        DateOnly meetingDate = Dates.ZonedTime.Today(started, job.TimeZoneId);
        TranscriptExtraction extraction = await _extractor.ExtractAsync(
            transcript, new ExtractionContext { MeetingDate = meetingDate, TimeZoneId = job.TimeZoneId }, cancellationToken);
        TranscriptMetrics.Extracted(job.Source, extraction);
        if (extraction.Items.Count == 0 && extraction.Decisions.Count == 0)
        {
            return (null, false);
        }

        var organizer = new PersonRef(job.OrganizerId, job.OrganizerName);
        ResultPage<ActionItem> open = await _items.ListAsync(
            tenant, new ItemListFilter { OpenOnly = true, ConversationId = job.ConversationId }, null, 200, cancellationToken);
        var owners = new Dictionary<string, PersonRef?>(StringComparer.OrdinalIgnoreCase);
        var items = new List<MeetingDraftItem>();
        foreach (DraftItem extracted in extraction.Items.Take(DraftLimits.MaxDraftItems))
        {
            PersonRef? owner = extracted.Owner is { } name ? await MapOwnerAsync(tenant, name, organizer, owners, cancellationToken) : null;
            items.Add(new MeetingDraftItem
            {
                Index = items.Count + 1,
                Extracted = extracted,
                Title = Title(extracted.Task),
                OwnerName = extracted.Owner,
                Owner = owner,
                Due = extracted.Due,
                DuplicateOf = DuplicateFinder.Find(extracted.Task, open.Items),
            });
        }

        var draft = new MeetingDraft
        {
            Meeting = new Meeting
            {
                Tenant = tenant,
                Title = Title(fetched.MeetingTitle ?? job.MeetingTitle ?? "Meeting of " + meetingDate.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)),
                StartedAt = started,
                Participants = [.. owners.Values.OfType<PersonRef>().Distinct()],
                Organizer = organizer,
                ConversationId = job.ConversationId,
            },
            TranscriptHash = hash,
            ConversationKind = job.ConversationKind,
            MeetingDate = meetingDate,
            TimeZoneId = job.TimeZoneId,
            Items = items,
            Decisions = extraction.Decisions.Take(DraftLimits.MaxDraftDecisions).Select(d => new MeetingDraftDecision { Extracted = d }).ToList(),
        };
        StoreResult<MeetingDraft> stored = await _meetings.CreateAsync(draft, cancellationToken);
        return (stored.Value ?? throw new InvalidOperationException(stored.Message), false);
    }

    /// <summary>Speaker names become people when exactly one person matches: the organizer by name, else the directory.</summary>
    private async Task<PersonRef?> MapOwnerAsync(TenantKey tenant, string name, PersonRef organizer, Dictionary<string, PersonRef?> known, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(name, out PersonRef? cached))
        {
            return cached;
        }

        PersonRef? found = null;
        if (string.Equals(name, organizer.DisplayName, StringComparison.OrdinalIgnoreCase))
        {
            found = organizer;
        }
        else if (name.Length <= PersonRef.MaxDisplayNameLength)
        {
            IReadOnlyList<PersonRef> matches = await _directory.FindAsync(tenant, name, cancellationToken);
            found = matches.Count == 1 ? matches[0] : null;
        }

        known[name] = found;
        return found;
    }

    private static string Title(string text)
    {
        string trimmed = text.Trim();
        return trimmed.Length <= ActionItemLimits.MaxTitleLength ? trimmed : trimmed[..(ActionItemLimits.MaxTitleLength - 1)] + "…";
    }

    private async Task TellAsync(TenantKey tenant, TranscriptJob job, string message, CancellationToken cancellationToken)
    {
        await _poster.PostAsync(tenant, job.ConversationId, CommandResult.Error("I couldn't make a draft from that transcript: " + message), cancellationToken);
        await ReleaseInputAsync(tenant, job, cancellationToken);
    }
}
