namespace ActionTracker.Bot.Tests.Deploy;

/// <summary>A fact that needs the Bicep CLI; skipped with the reason when scripts/check-deploy.sh has not installed it.</summary>
public sealed class BicepFactAttribute : FactAttribute
{
    public BicepFactAttribute()
    {
        if (RepoFiles.Bicep() is null)
        {
            Skip = "The Bicep CLI is not installed here: run scripts/check-deploy.sh (restores it from NuGet into .tools/).";
        }
    }
}
