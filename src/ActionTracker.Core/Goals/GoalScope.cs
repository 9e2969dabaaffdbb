namespace ActionTracker.Core.Goals;

public enum GoalScope
{
    Team,
    Personal,
}
