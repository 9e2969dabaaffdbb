namespace ActionTracker.Core.Ports;

public interface IStorageHealthProbe
{
    Task<StorageHealth> CheckAsync(CancellationToken cancellationToken);
}
