namespace ActionTracker.Core.Ports;

public interface IExportStore
{
    Task SaveAsync(ExportRequest request, CancellationToken cancellationToken);

    /// <summary>The request for a token, or null when unknown (expired ones are returned; the caller checks).</summary>
    Task<ExportRequest?> GetAsync(string token, CancellationToken cancellationToken);
}
