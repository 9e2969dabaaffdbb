using ActionTracker.Core.Execution;

namespace ActionTracker.Storage.Entities;

/// <summary>JSON document of a <see cref="ActionTracker.Core.Ports.ConversationRecord"/>.</summary>
internal sealed record StoredConversation(ConversationKind Kind, string Reference, string? Name, DateTimeOffset? RemovedAt = null);
