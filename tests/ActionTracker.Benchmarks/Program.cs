using ActionTracker.Benchmarks;
using BenchmarkDotNet.Running;

if (args.Contains("--load"))
{
    return await ActionTracker.Benchmarks.Load.LoadCommand.RunAsync(args);
}

if (args.Contains("--scale-out"))
{
    return await ActionTracker.Benchmarks.ScaleOut.ScaleOutCommand.RunAsync(args);
}

if (args.Contains("--sweep-reads"))
{
    return await SweepReadReport.RunAsync();
}

if (args.Contains("--round-trips"))
{
    return await RoundTripReport.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(ItemStoreBenchmarks).Assembly).Run(args);
return 0;
