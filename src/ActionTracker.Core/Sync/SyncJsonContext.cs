using System.Text.Json.Serialization;

namespace ActionTracker.Core.Sync;

/// <summary>The queued sync job's JSON (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TodoSyncJob))]
public sealed partial class SyncJsonContext : JsonSerializerContext;
