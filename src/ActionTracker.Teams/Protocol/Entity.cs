namespace ActionTracker.Teams.Protocol;

/// <summary>A <c>mention</c> or <c>clientInfo</c> entity; other types are read and ignored.</summary>
public sealed record Entity
{
    public string? Type { get; init; }

    public string? Text { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Locale { get; init; }

    public string? Timezone { get; init; }
}
