using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Storage.Entities;

/// <summary>Between <see cref="MeetingDraft"/> and its stored JSON document.</summary>
internal static class MeetingDraftMapper
{
    public static StoredMeetingDraft ToStored(MeetingDraft draft) => new()
    {
        Number = draft.Meeting.Number,
        Title = draft.Meeting.Title,
        StartedAt = draft.Meeting.StartedAt.ToUniversalTime(),
        Participants = draft.Meeting.Participants.Select(Person).ToList(),
        Organizer = draft.Meeting.Organizer is { } organizer ? Person(organizer) : null,
        ConversationId = draft.Meeting.ConversationId,
        ConversationKind = draft.ConversationKind,
        Status = draft.Meeting.Status,
        TranscriptHash = draft.TranscriptHash,
        MeetingDate = draft.MeetingDate,
        TimeZoneId = draft.TimeZoneId,
        DecisionsClaimedAt = draft.DecisionsClaimedAt,
        Items = draft.Items.Select(i => new StoredDraftLine
        {
            Index = i.Index,
            Task = i.Extracted.Task,
            ExtractedOwner = i.Extracted.Owner,
            ExtractedDue = i.Extracted.Due,
            Quote = i.Extracted.Quote,
            Speaker = i.Extracted.Speaker,
            TimestampMs = Milliseconds(i.Extracted.Timestamp),
            Confidence = i.Extracted.Confidence,
            Reason = i.Extracted.Reason,
            State = i.State,
            Title = i.Title,
            OwnerName = i.OwnerName,
            Owner = i.Owner is { } owner ? Person(owner) : null,
            Due = i.Due,
            DuplicateOf = i.DuplicateOf?.Value,
            SavedAs = i.SavedAs?.Value,
            AcceptingSince = i.AcceptingSince,
        }).ToList(),
        Decisions = draft.Decisions.Select(d => new StoredDraftDecision
        {
            Text = d.Extracted.Text,
            Quote = d.Extracted.Quote,
            Speaker = d.Extracted.Speaker,
            TimestampMs = Milliseconds(d.Extracted.Timestamp),
            Confidence = d.Extracted.Confidence,
            Reason = d.Extracted.Reason,
            SavedAs = d.SavedAs,
        }).ToList(),
    };

    public static MeetingDraft FromStored(TenantKey tenant, StoredMeetingDraft stored, string version) => new()
    {
        Meeting = new Meeting
        {
            Tenant = tenant,
            Number = stored.Number,
            Title = stored.Title,
            StartedAt = stored.StartedAt,
            Participants = stored.Participants.Select(Ref).ToList(),
            Organizer = stored.Organizer is { } organizer ? Ref(organizer) : null,
            ConversationId = stored.ConversationId,
            Status = stored.Status,
            Version = version,
        },
        TranscriptHash = stored.TranscriptHash,
        ConversationKind = stored.ConversationKind,
        MeetingDate = stored.MeetingDate,
        TimeZoneId = stored.TimeZoneId,
        DecisionsClaimedAt = stored.DecisionsClaimedAt,
        Items = stored.Items.Select(i => new MeetingDraftItem
        {
            Index = i.Index,
            Extracted = new DraftItem
            {
                Task = i.Task,
                Owner = i.ExtractedOwner,
                Due = i.ExtractedDue,
                Quote = i.Quote,
                Speaker = i.Speaker,
                Timestamp = Time(i.TimestampMs),
                Confidence = i.Confidence,
                Reason = i.Reason,
            },
            State = i.State,
            Title = i.Title,
            OwnerName = i.OwnerName,
            Owner = i.Owner is { } owner ? Ref(owner) : null,
            Due = i.Due,
            DuplicateOf = i.DuplicateOf is { } duplicate ? new ItemNumber(duplicate) : null,
            SavedAs = i.SavedAs is { } saved ? new ItemNumber(saved) : null,
            AcceptingSince = i.AcceptingSince,
        }).ToList(),
        Decisions = stored.Decisions.Select(d => new MeetingDraftDecision
        {
            Extracted = new DraftDecision
            {
                Text = d.Text,
                Quote = d.Quote,
                Speaker = d.Speaker,
                Timestamp = Time(d.TimestampMs),
                Confidence = d.Confidence,
                Reason = d.Reason,
            },
            SavedAs = d.SavedAs,
        }).ToList(),
    };

    private static StoredPerson Person(PersonRef person) => new(person.Id, person.DisplayName);

    private static PersonRef Ref(StoredPerson person) => new(person.Id, person.Name);

    private static long? Milliseconds(TimeSpan? time) => time is { } t ? (long)t.TotalMilliseconds : null;

    private static TimeSpan? Time(long? milliseconds) => milliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : null;
}
