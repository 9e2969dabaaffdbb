using System.Text.Json.Serialization;

namespace ActionTracker.Bot.Cli;

/// <summary><c>extract --json</c> output: camelCase, nulls written (unlike protocol JSON, readers rely on every key).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractOutput))]
internal sealed partial class ExtractJsonContext : JsonSerializerContext;
