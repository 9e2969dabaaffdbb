using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class WorkStartRulesTests
{
    [Theory]
    [InlineData("close the meeting just after that")]
    [InlineData("end this call now")]
    [InlineData("get the meeting started")]
    [InlineData("presume he'll work out what that means")]
    [InlineData("with a small lithium battery")]
    [InlineData("in the meantime look at it")]
    public void StartsWork_RunningTheMeetingMentalVerbsAndPrepositions_NoWork(string words) =>
        Assert.False(WorkStartRules.StartsWork(words.Split(' '), 0));

    [Theory]
    [InlineData("close the deal with the supplier")]
    [InlineData("send the meeting notes to finance")]
    [InlineData("set up the meeting with legal")]
    [InlineData("get the contract signed")]
    public void StartsWork_WorkAboutTheMeetingOrWithAnObject_IsWork(string words) =>
        Assert.True(WorkStartRules.StartsWork(words.Split(' '), 0));
}
