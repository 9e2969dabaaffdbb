using System.Globalization;
using System.Text.Json;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;

namespace ActionTracker.Bot.Cli;

/// <summary>
/// <c>schedule --at INSTANT [--dry-run]</c>: exactly what the hosted scheduler runs once at that instant. A dry run is
/// read-only and prints one JSON line per message that would go out.
/// </summary>
internal static class ScheduleCommand
{
    public const string Usage = "usage: schedule --at 2026-11-25T09:00:00Z [--dry-run]";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        int at = Array.IndexOf(args, "--at");
        bool dryRun = args.Contains("--dry-run");
        if (at < 0 || at + 1 >= args.Length || args.Skip(1).Any(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--at" or "--dry-run")))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        string text = args[at + 1];
        bool hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant))
        {
            await Console.Error.WriteLineAsync($"'{text}' is not an ISO 8601 instant with an offset, e.g. 2026-11-25T09:00:00Z.");
            return 1;
        }

        try
        {
            ReminderSweep sweep = services.GetRequiredService<ReminderSweep>();
            var messages = new List<ReminderMessage>(await sweep.RunOnceAsync(instant, dryRun, cancellationToken));
            messages.AddRange(await services.GetRequiredService<ActionTracker.Core.Digests.DigestSweep>().RunOnceAsync(instant, dryRun, cancellationToken));
            if (!dryRun)
            {
                await services.GetRequiredService<ActionTracker.Core.Meetings.TranscriptRetentionSweep>().RunOnceAsync(instant, cancellationToken);
                await services.GetRequiredService<LeaseCleanupSweep>().RunOnceAsync(instant, cancellationToken);
            }

            foreach (ReminderMessage message in messages)
            {
                var line = new ScheduleLine(message.Kind, message.Tenant.Value, message.To.Id, message.Items.Select(i => i.ToString()).ToList(), message.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                Console.WriteLine(JsonSerializer.Serialize(line, BotJsonContext.Default.ScheduleLine));
            }

            return 0;
        }
        catch (StorageUnavailableException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
        catch (InvalidOperationException exception)
        {
            // e.g. no channel configured to deliver a DM.
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
