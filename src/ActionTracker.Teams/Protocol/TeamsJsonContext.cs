using System.Text.Json.Serialization;

namespace ActionTracker.Teams.Protocol;

/// <summary>All Teams protocol JSON: camelCase, nulls omitted, unknown fields ignored, names read case-insensitively.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(OutboundActivity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(CreateConversationRequest))]
[JsonSerializable(typeof(TeamsMember))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(MeetingDetails))]
[JsonSerializable(typeof(CardUpdate))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
