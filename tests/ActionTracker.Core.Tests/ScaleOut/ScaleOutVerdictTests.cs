using ActionTracker.TestSupport.ScaleOut;

namespace ActionTracker.Core.Tests.ScaleOut;

/// <summary>The checks the scale-out script ends with: each must fail on the fault it looks for, and pass a clean run.</summary>
public sealed class ScaleOutVerdictTests
{
    private static readonly PathLatency FastAdd = new("teams-add", 100, 0, 0, 5, 40, 100);

    [Fact]
    public void Judge_CleanRun_Passes()
    {
        ScaleOutVerdict verdict = ScaleOutVerdict.Judge(Run());

        Assert.True(verdict.Passed);
        Assert.Equal(2, verdict.RemindersDelivered);
        Assert.Contains("PASSED", verdict.Report(), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_AcknowledgedAddNotStored_IsALostAdd()
    {
        ScaleOutVerdict verdict = ScaleOutVerdict.Judge(Run() with { StoredItems = ["a1", "a2"] });

        Assert.Equal(["a3"], verdict.LostAdds);
        Assert.False(verdict.Passed);
    }

    [Fact]
    public void Judge_QueuedAddNotStoredYet_AwaitsRedeliveryOnlyWhileTheQueueStillHoldsIt()
    {
        ScaleOutObservations queued = Run() with { StoredItems = ["a1"], QueuedAdds = ["a2"], Reminders = [new ReminderDelivery("u1", ["a1"])] };

        ScaleOutVerdict held = ScaleOutVerdict.Judge(queued with { QueueMessagesLeft = 1 });
        ScaleOutVerdict gone = ScaleOutVerdict.Judge(queued with { QueueMessagesLeft = 0 });

        Assert.Equal(["a2"], held.AwaitingRedelivery);
        Assert.Equal(["a3"], held.LostAdds);
        Assert.Empty(held.MissingReminders);
        Assert.Equal(["a2", "a3"], gone.LostAdds);
        Assert.Equal(["a2"], gone.MissingReminders);
    }

    [Fact]
    public void Judge_ReminderForAnAddThatTimedOutButWasStored_IsNotUnexpected()
    {
        ScaleOutVerdict verdict = ScaleOutVerdict.Judge(Run() with
        {
            StoredItems = ["a1", "a2", "a3", "timed-out"],
            Reminders = [new ReminderDelivery("u1", ["a1", "timed-out"]), new ReminderDelivery("u2", ["a2"])],
        });

        Assert.Empty(verdict.UnexpectedReminders);
        Assert.True(verdict.Passed);
    }

    [Fact]
    public void Judge_ItemStoredTwice_FailsAndUnacknowledgedStoredItemOnlyReports()
    {
        ScaleOutVerdict verdict = ScaleOutVerdict.Judge(Run() with { StoredItems = ["a1", "a2", "a3", "a3", "timed-out"] });

        Assert.Equal(["a3"], verdict.DuplicatedItems);
        Assert.Equal(["timed-out"], verdict.StoredUnacknowledged);
        Assert.False(verdict.ItemsHold);
    }

    [Fact]
    public void Judge_ReminderMissingOrUnexpected_Fails()
    {
        ScaleOutVerdict missing = ScaleOutVerdict.Judge(Run() with { Reminders = [new ReminderDelivery("u1", ["a1"])] });
        ScaleOutVerdict unexpected = ScaleOutVerdict.Judge(Run() with { Reminders = [new ReminderDelivery("u1", ["a1", "a2", "a3"])] });

        Assert.Equal(["a2"], missing.MissingReminders);
        Assert.Equal(["a3"], unexpected.UnexpectedReminders);
        Assert.False(missing.RemindersHold);
        Assert.False(unexpected.RemindersHold);
    }

    [Fact]
    public void Judge_ReminderSentTwice_FailsUnlessAnInstanceDeclaredThatRecipient()
    {
        ScaleOutObservations twice = Run() with { Reminders = [new ReminderDelivery("u1", ["a1", "a2"]), new ReminderDelivery("u1", ["a1"])] };

        ScaleOutVerdict undeclared = ScaleOutVerdict.Judge(twice);
        ScaleOutVerdict declared = ScaleOutVerdict.Judge(twice with { DeclaredRepeatRecipients = ["u1"] });

        Assert.Equal(["a1"], undeclared.DuplicatedReminders);
        Assert.False(undeclared.Passed);
        Assert.Empty(declared.DuplicatedReminders);
        Assert.Equal(["a1"], declared.DeclaredRepeats);
        Assert.True(declared.Passed);
    }

    [Fact]
    public void Judge_ThirdCopyOfADeclaredReminder_StillFails()
    {
        ScaleOutObservations thrice = Run() with
        {
            Reminders = [new ReminderDelivery("u1", ["a1", "a2"]), new ReminderDelivery("u1", ["a1"]), new ReminderDelivery("u1", ["a1"])],
            DeclaredRepeatRecipients = ["u1"],
        };

        Assert.Equal(["a1"], ScaleOutVerdict.Judge(thrice).DuplicatedReminders);
    }

    [Fact]
    public void Judge_PathOverItsTargetOrFailing_FailsButKillWindowFailuresAndUntargetedPathsDoNot()
    {
        ScaleOutVerdict slow = ScaleOutVerdict.Judge(Run() with { Paths = [FastAdd with { P99Ms = 101 }] });
        ScaleOutVerdict failing = ScaleOutVerdict.Judge(Run() with { Paths = [FastAdd with { Failures = 1 }] });
        ScaleOutVerdict killed = ScaleOutVerdict.Judge(Run() with { Paths = [FastAdd with { KillWindowFailures = 3 }, new PathLatency("teams-done", 10, 0, 0, 1, 900, null)] });

        Assert.Equal(["teams-add"], slow.SlowPaths);
        Assert.Equal(["teams-add"], failing.FailingPaths);
        Assert.True(killed.Passed);
        Assert.Contains("NO", slow.Report(), StringComparison.Ordinal);
    }

    private static ScaleOutObservations Run() => new(
        AcknowledgedAdds: ["a1", "a2", "a3"],
        StoredItems: ["a1", "a2", "a3"],
        ExpectedReminders: ["a1", "a2"],
        Reminders: [new ReminderDelivery("u1", ["a1"]), new ReminderDelivery("u2", ["a2"])],
        DeclaredRepeatRecipients: [],
        Paths: [FastAdd]);
}
