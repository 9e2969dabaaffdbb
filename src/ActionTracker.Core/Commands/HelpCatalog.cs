using System.Collections.Frozen;

namespace ActionTracker.Core.Commands;

/// <summary>Every command verb with its summary, usage and examples, plus the "did you mean" lookup for mistyped verbs.</summary>
public static class HelpCatalog
{
    /// <summary>Shorter words are too often real words ("Book", "Make") to be read as typos.</summary>
    private const int MinTypoLength = 4;

    /// <summary>The longest verb ("decisions") plus the largest distance allowed.</summary>
    private const int MaxTypoLength = 11;

    public static IReadOnlyList<HelpTopic> Topics { get; } =
    [
        new("add", "Add an action item; you can also just type it without a verb.",
            "add TITLE [@owner] [due DATE] [!urgent|!high|!normal|!low] [goal G7] [-- context]",
            ["add Send the pricing deck to @maria by Friday !high", "Book the offsite for @\"Maria Garcia\" due next week", "add Draft the Q3 plan goal G7 -- from the board review"]),
        new("list", "List action items.",
            "list [mine|@person|team|watching|goal G7|meeting M3] [open|overdue|blocked|due this week|done since DATE]",
            ["list", "list @maria overdue", "list team done since Monday"]),
        new("more", "Show the next page of the last list.", "more", ["more"]),
        new("show", "Show an item with its history.", "show #42", ["show #42"]),
        new("done", "Mark items done, with an optional note.", "done #42 [#43 ...] [note]", ["done #42", "done #3 #4 #9", "done #42 sent to the client"]),
        new("start", "Mark items as in progress.", "start #42 [#43 ...]", ["start #42"]),
        new("block", "Mark an item as blocked and say why.", "block #42 REASON", ["block #42 waiting for legal review"]),
        new("reopen", "Reopen done or cancelled items.", "reopen #42 [#43 ...]", ["reopen #42"]),
        new("cancel", "Cancel items, with an optional reason.", "cancel #42 [#43 ...] [reason]", ["cancel #42", "cancel #42 #43 no longer needed"]),
        new("assign", "Give an item to someone else.", "assign #42 @person", ["assign #42 @maria", "assign #42 <@U123>"]),
        new("due", "Set or change an item's due date.", "due #42 DATE", ["due #42 Friday 3pm", "due #42 next week"]),
        new("snooze", "Move an item's reminders and due date later.", "snooze #42 2d|1w|DATE", ["snooze #42 2d", "snooze #42 next Monday"]),
        new("priority", "Change an item's priority.", "priority #42 urgent|high|normal|low (or p1-p4)", ["priority #42 high", "priority #42 p1"]),
        new("edit", "Replace an item's title, notes or context.", "edit #42 title|notes|context TEXT", ["edit #42 title Send the revised deck"]),
        new("note", "Add a dated note to an item.", "note #42 TEXT", ["note #42 Maria has the numbers"]),
        new("accept", "Accept an item someone assigned to you.", "accept #42", ["accept #42"]),
        new("decline", "Hand an assigned item back, with an optional reason.", "decline #42 [reason]", ["decline #42 not my area"]),
        new("propose", "Ask for a different due date on an item assigned to you.", "propose #42 DATE", ["propose #42 next Friday"]),
        new("decision", "Record a decision made in this conversation.", "decision TEXT", ["decision We ship the beta on Dec 5"]),
        new("decisions", "List recorded decisions.", "decisions [since DATE]", ["decisions", "decisions since last week"]),
        new("goal", "Add goals and milestones, list them, and show a goal's progress.",
            "goal add TITLE [@owner] [due DATE] [team|personal] | goal list | goal show G7 | goal milestone G7 TITLE [due DATE]",
            ["goal add Grow revenue 20% due end of quarter", "goal milestone G1 Pilot live due Dec 18", "goal show G1"]),
        new("link", "Link an item to a goal or milestone.", "link #42 G7|G7.2", ["link #42 G1", "link #42 G1.2"]),
        new("unlink", "Remove an item's goal link.", "unlink #42", ["unlink #42"]),
        new("review", "A person's follow-through over a period: completed on time or late, slipped, development items, what to discuss.",
            "review @person|me [from DATE] [to DATE] [add-development TITLE [due DATE]]",
            ["review @maria", "review me from Sep 1 to Nov 30", "review @maria add-development Lead the Q1 planning due Jan 31"]),
        new("ask", "Ask about follow-through in plain English.",
            "ask QUESTION",
            ["ask what has @maria completed related to their goals?", "ask were the development items from the last review completed?", "ask what open items should be discussed in @maria's review?"]),
        new("export", "Download items with every field and their history (link valid 24 hours).",
            "export [mine|@person|team] [csv|md]", ["export csv", "export team md", "export @maria csv"]),
        new("settings", "Your reminder settings (time zone, working hours, mute) and Microsoft To Do sync; admins set the team's with settings team.",
            "settings [timezone ZONE | hours 09:00-17:30 | mute until DATE | unmute | todo [on|off]] | settings team [leadership | quiet 12:00-13:00 | reminders 3,1,0 | escalate 3 | timezone ZONE]",
            ["settings timezone Europe/Berlin", "settings mute until Monday", "settings todo on"]),
        new("help", "Show the commands, or the details of one.", "help [command]", ["help", "help list"]),
        new("admin", "List, add or remove the bot's admins; admins also set who manages whom (for reviews), export or forget data and read the admin log.",
            "admin list | admin add @person | admin remove @person | admin manager @person @manager|none | admin export-tenant [csv|md] | admin forget @person | admin log",
            ["admin add @maria", "admin forget @maria", "admin log"]),
        new("transcript", "Turn a meeting transcript into draft action items and decisions to review; nothing is saved until you accept it.",
            "transcript PASTED TEXT (or attach a .vtt/.txt/.docx file) | transcript show M3",
            ["transcript Maria: I'll send the budget to finance by Friday.", "transcript show M3"]),
        new("digest", "The weekly leadership digest: admins set where (this conversation, or a #channel) and when it goes; preview it, or post it now.",
            "digest setup [#channel] [weekday] [HH:mm] | digest preview | digest now",
            ["digest setup monday 08:30", "digest preview", "digest now"]),
        new("prep", "The roll-up of a meeting's items for the start of the next one: completed, in progress, needs attention, decisions.",
            "prep [M3]", ["prep", "prep M3"]),
    ];

    private static readonly FrozenDictionary<string, HelpTopic> ByVerb =
        Topics.ToFrozenDictionary(t => t.Verb, StringComparer.OrdinalIgnoreCase);

    /// <summary>The topic for <paramref name="verb"/> (any case), or null when it is not a verb.</summary>
    public static HelpTopic? Find(string? verb)
    {
        return verb is not null && ByVerb.TryGetValue(verb, out HelpTopic? topic) ? topic : null;
    }

    /// <summary>
    /// The verb <paramref name="word"/> most likely mistypes, or null. Non-verbs need at least four letters and a
    /// Damerau-Levenshtein distance of 1 (four letters) or 2 (longer) with the same first letter: looser matches are
    /// mostly real words ("Book" is two edits from "block", "precision" two from "decision"). Ties go to the verb
    /// listed first.
    /// </summary>
    public static string? ClosestVerb(string? word)
    {
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }

        if (Find(word) is { } exact)
        {
            return exact.Verb;
        }

        if (word.Length < MinTypoLength || word.Length > MaxTypoLength || !word.All(char.IsLetter))
        {
            return null;
        }

        string lower = word.ToLowerInvariant();
        int allowed = lower.Length == MinTypoLength ? 1 : 2;
        string? best = null;
        int bestDistance = allowed + 1;
        foreach (HelpTopic topic in Topics)
        {
            int distance = EditDistance.Compute(lower, topic.Verb);
            if (distance > 1 && lower[0] != topic.Verb[0])
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = topic.Verb;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The usage line of a verb known to exist.</summary>
    internal static string UsageOf(string verb)
    {
        return Find(verb)?.Usage ?? string.Empty;
    }
}
