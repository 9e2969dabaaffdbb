using System.Reflection;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Fact]
    public void Core_ReferencesNoIoPlatformOrStorageAssembly()
    {
        string[] forbidden = ["Azure", "System.Net.Http", "Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "ActionTracker.Storage", "ActionTracker.Teams", "ActionTracker.Slack", "ActionTracker.Bot"];

        AssemblyName[] references = typeof(ActionItem).Assembly.GetReferencedAssemblies();

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.Name!.StartsWith(f, StringComparison.Ordinal)));
    }
}
