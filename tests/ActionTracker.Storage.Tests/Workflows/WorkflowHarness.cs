using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>The command executor over real Table stores, with a test directory and a recording notifier.</summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    public const string Leadership = "19:leadership@thread.tacv2";

    public static readonly PersonRef Maria = new("29:maria", "Maria Garcia");
    public static readonly PersonRef Tom = new("29:tom", "Tom Lee");
    public static readonly PersonRef Ana = new("29:ana", "Ana Silva");
    public static readonly PersonRef Ola = new("29:ola", "Ola Nordmann");

    public WorkflowHarness()
    {
        Storage = new TestStorage();

        // Friday 27 Nov 2026, 10:00 in Berlin.
        Storage.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        Directory = new TestDirectory().Add(Maria).Add(Tom).Add(Ana).Add(Ola)
            .AddMember(Leadership, Maria).AddMember(Leadership, Tom).AddMember(Leadership, Ana);
        Notifier = new RecordingNotifier();
        Tenant = TenantKey.ForTeams(Guid.NewGuid().ToString());
        Executor = new CommandExecutor(
            Storage.Items, Storage.People, Storage.Get<IDecisionStore>(), Storage.Get<IListCursorStore>(), Storage.Get<IGoalStore>(), Storage.Settings, Directory, Notifier, Storage.Time,
            exports: Storage.Get<IExportStore>(),
            endpoint: new PublicEndpoint(new Uri("https://bot.example.com/")),
            adminAudit: Storage.Get<IAdminAuditLog>(),
            eraser: Storage.Get<IPersonDataEraser>());
    }

    public TestStorage Storage { get; }

    public TestDirectory Directory { get; }

    public RecordingNotifier Notifier { get; }

    public TenantKey Tenant { get; }

    public CommandExecutor Executor { get; }

    public CommandContext In(PersonRef person, string conversation = Leadership, ConversationKind kind = ConversationKind.Channel, TenantKey? tenant = null) => new()
    {
        Tenant = tenant ?? Tenant,
        Requester = person,
        ConversationId = conversation,
        ConversationKind = kind,
        RequesterTimeZoneId = "Europe/Berlin",
        DateOrder = DayMonthOrder.DayFirst,
        MentionNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Maria.Id] = Maria.DisplayName,
            [Tom.Id] = Tom.DisplayName,
            [Ana.Id] = Ana.DisplayName,
            [Ola.Id] = Ola.DisplayName,
        },
    };

    public Task<CommandResult> RunAsync(PersonRef person, string text, string conversation = Leadership, ConversationKind kind = ConversationKind.Channel) =>
        Executor.ExecuteAsync(text, In(person, conversation, kind), CancellationToken.None);

    public ValueTask DisposeAsync() => Storage.DisposeAsync();
}
