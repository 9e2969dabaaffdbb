using System.Text.Json.Serialization;
using ActionTracker.Bot.Endpoints;

namespace ActionTracker.Bot;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StatusResponse))]
[JsonSerializable(typeof(ActionTracker.Bot.Cli.ScheduleLine))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
