namespace ActionTracker.Core.Ports;

/// <summary>
/// One platform's directory and direct messages (Teams or Slack). The host routes each call to the gateway whose
/// <see cref="Platform"/> matches the tenant key's prefix (<c>teams</c>, <c>slack</c>).
/// </summary>
public interface IChannelGateway : IDirectory, INotifier
{
    string Platform { get; }
}
