using ActionTracker.Core.Commands;
using BenchmarkDotNet.Attributes;

namespace ActionTracker.Benchmarks;

/// <summary>Parsing alone (no storage), with BenchmarkDotNet's default warm-up so tiered JIT reaches steady state.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly string _addText = "add Send the pricing deck to @maria due friday priority high goal G7 -- board prep";
    private readonly string _naturalText = "Send the pricing deck to @maria by Friday !high";
    private readonly string _doneText = "done #42 #43 sent it over";
    private readonly string _listText = "list overdue";

    [Benchmark(Description = "parse: add (all options)")]
    public ParsedCommand ParseAdd() => CommandParser.Parse(_addText);

    [Benchmark(Description = "parse: natural form")]
    public ParsedCommand ParseNatural() => CommandParser.Parse(_naturalText);

    [Benchmark(Description = "parse: done")]
    public ParsedCommand ParseDone() => CommandParser.Parse(_doneText);

    [Benchmark(Description = "parse: list")]
    public ParsedCommand ParseList() => CommandParser.Parse(_listText);
}
