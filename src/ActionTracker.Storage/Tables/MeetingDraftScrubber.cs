using ActionTracker.Storage.Entities;

namespace ActionTracker.Storage.Tables;

/// <summary><c>admin forget</c> inside a stored meeting draft: the names it links to the person, and the draft without them.</summary>
internal static class MeetingDraftScrubber
{
    /// <summary>Names the draft gives the person: as organizer, participant, or as the owner a transcript named.</summary>
    public static IEnumerable<string> NamesOf(StoredMeetingDraft draft, string personId)
    {
        foreach (StoredPerson person in draft.Participants.Append(draft.Organizer).Concat(draft.Items.Select(i => i.Owner)).OfType<StoredPerson>())
        {
            if (person.Id == personId)
            {
                yield return person.Name;
            }
        }

        foreach (StoredDraftLine line in draft.Items.Where(i => i.Owner?.Id == personId))
        {
            foreach (string? name in new[] { line.OwnerName, line.ExtractedOwner })
            {
                if (name is { Length: > 0 })
                {
                    yield return name;
                }
            }
        }
    }

    public static StoredMeetingDraft Scrub(StoredMeetingDraft draft, PersonScrubber scrubber, string personId, string replacementId, string replacementName)
    {
        StoredPerson? Person(StoredPerson? person) => person is null
            ? null
            : person.Id == personId ? new StoredPerson(replacementId, replacementName) : person with { Name = scrubber.Replace(person.Name) };
        string? Text(string? text) => text is null ? null : scrubber.Replace(text);

        return draft with
        {
            Title = scrubber.Replace(draft.Title),
            Participants = draft.Participants.Select(p => Person(p)!).ToList(),
            Organizer = Person(draft.Organizer),
            Items = draft.Items.Select(i => i with
            {
                Task = scrubber.Replace(i.Task),
                ExtractedOwner = Text(i.ExtractedOwner),
                Quote = scrubber.Replace(i.Quote),
                Speaker = Text(i.Speaker),
                Title = scrubber.Replace(i.Title),
                OwnerName = Text(i.OwnerName),
                Owner = Person(i.Owner),
            }).ToList(),
            Decisions = draft.Decisions.Select(d => d with
            {
                Text = scrubber.Replace(d.Text),
                Quote = scrubber.Replace(d.Quote),
                Speaker = Text(d.Speaker),
            }).ToList(),
        };
    }
}
