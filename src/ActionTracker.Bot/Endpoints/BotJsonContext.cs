using System.Text.Json.Serialization;
using ActionTracker.Bot.Endpoints;

namespace ActionTracker.Bot;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StatusResponse))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
