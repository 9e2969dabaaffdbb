using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Bot.Tests.Infrastructure;

/// <summary>Keeps every log line the host writes (level, category, message, exception) so tests can read the output.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string structured = state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(" ", values.Select(v => v.Key + "=" + v.Value)) : string.Empty;
            owner.Lines.Enqueue((logLevel, category, formatter(state, exception) + " " + structured + " " + exception));
        }
    }
}
