using ActionTracker.Teams.Graph;
using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.Tests.Graph;

public sealed class GraphOptionsValidatorTests
{
    private readonly GraphOptionsValidator _validator = new();

    [Fact]
    public void Validate_TodoSyncOffByDefault_NothingRequired()
    {
        var options = new GraphOptions();

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.False(options.TodoSyncEnabled);
        Assert.Equal(5, options.SyncIntervalMinutes);
    }

    [Fact]
    public void Validate_TodoSyncWithoutCredentials_NamesTheKeys()
    {
        ValidateOptionsResult result = _validator.Validate(null, new GraphOptions { TodoSyncEnabled = true });

        Assert.True(result.Failed);
        Assert.Contains("Graph:TodoSyncEnabled", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Graph:ClientId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1441)]
    public void Validate_SyncIntervalOutOfRange_NamesTheKey(int minutes)
    {
        ValidateOptionsResult result = _validator.Validate(null, new GraphOptions { ClientId = "id", ClientSecret = "secret", TodoSyncEnabled = true, SyncIntervalMinutes = minutes });

        Assert.True(result.Failed);
        Assert.Contains("Graph:SyncIntervalMinutes", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TodoSyncWithCredentials_Succeeds()
    {
        ValidateOptionsResult result = _validator.Validate(null, new GraphOptions { ClientId = "id", ClientSecret = "secret", TodoSyncEnabled = true, SyncIntervalMinutes = 15 });

        Assert.True(result.Succeeded);
    }
}
