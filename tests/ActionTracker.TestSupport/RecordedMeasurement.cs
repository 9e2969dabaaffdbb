namespace ActionTracker.TestSupport;

/// <summary>One measurement a <see cref="MetricRecorder"/> saw: the instrument, its value and its tags.</summary>
public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);
