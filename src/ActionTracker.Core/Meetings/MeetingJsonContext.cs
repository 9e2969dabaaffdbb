using System.Text.Json.Serialization;

namespace ActionTracker.Core.Meetings;

/// <summary>The queued transcript job's JSON (camelCase, nulls omitted, enums by name).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(TranscriptJob))]
public sealed partial class MeetingJsonContext : JsonSerializerContext;
