using System.Text.Json.Serialization;

namespace ActionTracker.Storage.Entities;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<StoredPerson>))]
[JsonSerializable(typeof(StoredWorkMessage))]
[JsonSerializable(typeof(StoredTeamSettings))]
[JsonSerializable(typeof(StoredPersonProfile))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
