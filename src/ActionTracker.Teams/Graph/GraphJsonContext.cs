using System.Text.Json.Serialization;

namespace ActionTracker.Teams.Graph;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GraphTranscriptNotice))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;
