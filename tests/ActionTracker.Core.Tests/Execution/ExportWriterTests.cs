using ActionTracker.Core.Audit;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Reviews;
using ActionTracker.Core.Tenancy;
using ActionTracker.TestSupport;

namespace ActionTracker.Core.Tests.Execution;

/// <summary>Golden files for the CSV and Markdown exports.</summary>
public sealed class ExportWriterTests
{
    private static readonly PersonRef Maria = new("29:maria", "Maria Garcia");
    private static readonly TenantKey Tenant = TenantKey.ForTeams("t1");
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<(ActionItem, IReadOnlyList<AuditEntry>)> Rows =
    [
        (new ActionItem
        {
            Tenant = Tenant,
            Number = new ItemNumber(1),
            Title = "Send the \"revised\" deck, v2",
            Owner = Maria,
            Creator = Maria,
            Status = ItemStatus.Done,
            Priority = Priority.High,
            Due = new DueDate { Utc = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), TimeZoneId = "Europe/Berlin" },
            GoalId = "G1",
            Context = "=SUM(A1)",
            Notes = "line one\nline two <b>",
            CreatedAt = Created,
            UpdatedAt = Created.AddDays(2),
            CompletedAt = Created.AddDays(2),
        },
        [
            Entry(1, new FieldChange("created", null, "Send the deck"), Created),
            Entry(2, new FieldChange("status", "Open", "Done"), Created.AddDays(2)),
        ]),
        (new ActionItem { Tenant = Tenant, Number = new ItemNumber(2), Title = "Hire", Creator = Maria, CreatedAt = Created, UpdatedAt = Created }, [Entry(1, new FieldChange("created", null, "Hire"), Created)]),
        (new ActionItem
        {
            Tenant = Tenant,
            Number = new ItemNumber(3),
            Title = "Lead the Q1 planning",
            Owner = Maria,
            Creator = new PersonRef("29:tom", "Tom Lee"),
            Watchers = [new PersonRef("29:ana", "Ana Silva")],
            Kind = ItemKind.Development,
            ReviewPeriod = new ReviewPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30)),
            CreatedAt = Created,
            UpdatedAt = Created,
        },
        [Entry(1, new FieldChange("created", null, "Lead the Q1 planning"), Created)]),
    ];

    [Fact]
    public void Csv_MatchesGolden() => GoldenFile.VerifyText("Export.Items.csv", ExportWriter.Csv(Rows));

    [Fact]
    public void Markdown_MatchesGolden() => GoldenFile.VerifyText("Export.Items.md", ExportWriter.Markdown(Rows, "Europe/Berlin"));

    private static AuditEntry Entry(int revision, FieldChange change, DateTimeOffset at) =>
        new() { Tenant = Tenant, Subject = "#1", Actor = Maria, At = at, Revision = revision, Change = change };
}
