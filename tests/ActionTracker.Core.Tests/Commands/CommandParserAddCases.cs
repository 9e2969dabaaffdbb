using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;
using static ActionTracker.Core.Tests.Commands.CommandCases;

namespace ActionTracker.Core.Tests.Commands;

/// <summary>Parse table for <c>add</c> and the verb-less natural form.</summary>
public static class CommandParserAddCases
{
    private const string AddUsage = "add";
    private const string NoTitle = "An action item needs a title.";

    public static TheoryData<string, ParsedCommand> Cases => new()
    {
        {
            "add Send the pricing deck to @maria due friday priority high goal G7 -- board prep",
            Add("Send the pricing deck") with { Owner = Named("maria"), DueText = "friday", Priority = Priority.High, GoalId = "G7", Context = "board prep" }
        },
        {
            "Send the pricing deck to @maria by Friday !high",
            Natural("Send the pricing deck") with { Owner = Named("maria"), DueText = "Friday", Priority = Priority.High }
        },
        { "add Buy milk", Add("Buy milk") },
        { "ADD Buy milk", Add("Buy milk") },
        { "/action add Buy milk", Add("Buy milk") },
        { "/ACTION   add   Buy   milk  ", Add("Buy milk") },
        { "  add Buy milk\n", Add("Buy milk") },
        { "add\u00A0Buy\u00A0milk", Add("Buy milk") },
        { "add Line one\nline two", Add("Line one line two") },
        { "add Review budget <@U123>", Add("Review budget") with { Owner = Mention("U123") } },
        { "add Review budget <@29:1abc-def> <@U999>", Add("Review budget") with { Owner = Mention("29:1abc-def"), Watchers = [Mention("U999")] } },
        { "add Review budget @\"Maria Garcia\" @bob", Add("Review budget") with { Owner = Named("Maria Garcia"), Watchers = [Named("bob")] } },
        { "add Review budget @\u201CMaria  Garcia\u201D", Add("Review budget") with { Owner = Named("Maria Garcia") } },
        { "add Review budget maria@contoso.com", Add("Review budget") with { Owner = Named("maria@contoso.com") } },
        { "Send deck to @maria, @bob.", Natural("Send deck") with { Owner = Named("maria"), Watchers = [Named("bob")] } },
        { "Send the deck to @maria cc @bob @carol", Natural("Send the deck") with { Owner = Named("maria"), Watchers = [Named("bob"), Named("carol")] } },
        { "add Report @maria @Maria <@U1> <@U1>", Add("Report") with { Owner = Named("maria"), Watchers = [Mention("U1")] } },
        {
            "Book the offsite for @maria and @bob by Friday",
            Natural("Book the offsite") with { Owner = Named("maria"), Watchers = [Named("bob")], DueText = "Friday" }
        },
        { "@maria send the deck", Natural("send the deck") with { Owner = Named("maria") } },
        { "Book the offsite", Natural("Book the offsite") },
        { "add Call Bob by phone", Add("Call Bob by phone") },
        { "add Book flights by Dec 5, then the hotel", Add("Book flights then the hotel") with { DueText = "Dec 5" } },
        { "add Talk to <@U1>: pricing", Add("Talk pricing") with { Owner = Mention("U1") } },
        { "add Ping (@maria) about foo@bar", Add("Ping (@maria) about foo@bar") },
        { "add Report due:sunday", Add("Report") with { DueText = "sunday" } },
        { "add Report due: sunday", Add("Report") with { DueText = "sunday" } },
        { "due:Sunday Report to finance", Natural("Report to finance") with { DueText = "Sunday" } },
        { "add Report due by Friday 3pm", Add("Report") with { DueText = "Friday 3pm" } },
        { "add Report before Dec 5 2026 p2", Add("Report") with { DueText = "Dec 5 2026", Priority = Priority.High } },
        { "add Report by 2026-12-05", Add("Report") with { DueText = "2026-12-05" } },
        { "add Report by tomorrow at 15:00 to @maria", Add("Report") with { DueText = "tomorrow at 15:00", Owner = Named("maria") } },
        { "Report due next week", Natural("Report") with { DueText = "next week" } },
        { "add Report due in 3 days", Add("Report") with { DueText = "in 3 days" } },
        { "add Report due:banana", Add("Report") with { DueText = "banana" } },
        { "add Review due diligence", Add("Review due diligence") },
        { "add Fix login p1", Add("Fix login") with { Priority = Priority.Urgent } },
        { "add Fix login P2", Add("Fix login") with { Priority = Priority.High } },
        { "add Fix login p3", Add("Fix login") with { Priority = Priority.Normal } },
        { "add Fix login p4", Add("Fix login") with { Priority = Priority.Low } },
        { "add Fix login !urgent", Add("Fix login") with { Priority = Priority.Urgent } },
        { "add Fix login !HIGH", Add("Fix login") with { Priority = Priority.High } },
        { "add Fix login !normal", Add("Fix login") with { Priority = Priority.Normal } },
        { "add Fix login !low", Add("Fix login") with { Priority = Priority.Low } },
        { "add Fix login priority urgent", Add("Fix login") with { Priority = Priority.Urgent } },
        { "add Fix login priority low", Add("Fix login") with { Priority = Priority.Low } },
        { "add Fix login priority p2", Add("Fix login") with { Priority = Priority.High } },
        { "add Fix login priority:normal", Add("Fix login") with { Priority = Priority.Normal } },
        { "add Fix login !high p2", Add("Fix login") with { Priority = Priority.High } },
        { "add Review the priority list", Add("Review the priority list") },
        { "add Wow! Ship it !!!", Add("Wow! Ship it !!!") },
        { "add Draft plan goal g7.2", Add("Draft plan") with { GoalId = "G7.2" } },
        { "add Draft plan goal:G12", Add("Draft plan") with { GoalId = "G12" } },
        { "add Agree the team goal", Add("Agree the team goal") },
        { "Agree the goal for Q3", Natural("Agree the goal for Q3") },
        { "add Coaching plan kind:development", Add("Coaching plan") with { Kind = ItemKind.Development } },
        { "add Review -- see <@U123> notes", Add("Review") with { Context = "see <@U123> notes" } },
        { "add Review @maria -- ask @bob -- twice", Add("Review") with { Owner = Named("maria"), Context = "ask @bob -- twice" } },
        { "add Review -- first line\n  second line ", Add("Review") with { Context = "first line\n  second line" } },
        { "add Review \u2014 from the QBR", Add("Review") with { Context = "from the QBR" } },
        { "add Review --", Add("Review") },
        { "add Prepare 🎉 launch party for @maria", Add("Prepare 🎉 launch party") with { Owner = Named("maria") } },
        { "add Überprüfen Sie den Vertrag", Add("Überprüfen Sie den Vertrag") },
        { "add 見積書を送る @maria", Add("見積書を送る") with { Owner = Named("maria") } },
        { "add \"Quoted\" title here", Add("\"Quoted\" title here") },
        { "Prepare @\"Maria Garcia review", Natural("Prepare @\"Maria Garcia review") },
        { "add Fix #42 follow-up", Add("Fix #42 follow-up") },
        { "#abc", Natural("#abc") },
        { "🎉🎉", Natural("🎉🎉") },
        { "\uD800 lone surrogate", Natural("\uD800 lone surrogate") },
        { "add", Fail(AddUsage, NoTitle) },
        { "add -- only context", Fail(AddUsage, NoTitle) },
        { "@maria by Friday !high", Fail(AddUsage, NoTitle) },
        { "add Review goal banana", Fail(AddUsage, "'banana' is not a goal id; goal ids look like G7, or G7.2 for a milestone.") },
        { "add Review goal:G0", Fail(AddUsage, "'G0' is not a goal id; goal ids look like G7, or G7.2 for a milestone.") },
        { "add Report by Friday due Monday", Fail(AddUsage, "That item has two due dates ('Friday' and 'Monday'); give just one.") },
        { "add Report !high !low", Fail(AddUsage, "That item has two priorities (High and Low); give just one.") },
        { "add Report kind:banana", Fail(AddUsage, "'banana' is not a kind of item; use kind:task or kind:development.") },
        { "add Report priority:banana", Fail(AddUsage, "'banana' is not a priority; use urgent, high, normal or low (or p1 to p4).") },
        { "add Report due: banana", Fail(AddUsage, "Put a date after due:, like due:friday.") },
    };
}
