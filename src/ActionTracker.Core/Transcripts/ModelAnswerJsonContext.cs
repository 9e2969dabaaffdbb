using System.Text.Json.Serialization;

namespace ActionTracker.Core.Transcripts;

/// <summary>A model's answer JSON: camelCase, numbers accepted as strings, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ModelAnswer))]
internal sealed partial class ModelAnswerJsonContext : JsonSerializerContext;
