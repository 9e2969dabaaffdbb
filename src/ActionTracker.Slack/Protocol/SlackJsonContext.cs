using System.Text.Json.Serialization;

namespace ActionTracker.Slack.Protocol;

/// <summary>Source-generated Slack JSON: snake_case, nulls omitted, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ActionValue))]
[JsonSerializable(typeof(ModalMetadata))]
public sealed partial class SlackJsonContext : JsonSerializerContext;
