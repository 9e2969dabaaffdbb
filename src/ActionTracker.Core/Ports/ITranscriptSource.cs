using ActionTracker.Core.Meetings;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Fetches transcript bytes from a platform: a shared Slack file, a Teams attachment, a Graph meeting transcript.</summary>
public interface ITranscriptSource
{
    /// <summary>The <see cref="TranscriptReference.Kind"/> this source fetches, e.g. <c>slack.file</c>.</summary>
    string Kind { get; }

    Task<TranscriptFetch> FetchAsync(TenantKey tenant, TranscriptReference reference, CancellationToken cancellationToken);
}
