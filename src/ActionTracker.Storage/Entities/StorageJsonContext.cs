using System.Text.Json.Serialization;

namespace ActionTracker.Storage.Entities;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<StoredPerson>))]
[JsonSerializable(typeof(StoredWorkMessage))]
[JsonSerializable(typeof(StoredTeamSettings))]
[JsonSerializable(typeof(StoredPersonProfile))]
[JsonSerializable(typeof(ActionTracker.Core.Ports.ListCursor))]
[JsonSerializable(typeof(StoredConversation))]
[JsonSerializable(typeof(StoredExport))]
[JsonSerializable(typeof(StoredMeetingDraft))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
