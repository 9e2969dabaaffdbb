using System.Text.Json.Nodes;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>A task held by <see cref="FakeTodo"/>: its JSON, its list and the change counter value of its last change.</summary>
internal sealed class FakeTodoTask(string listId, JsonObject json)
{
    public string ListId { get; } = listId;

    public JsonObject Json { get; } = json;

    public long Sequence { get; set; }

    public bool Removed { get; set; }
}
