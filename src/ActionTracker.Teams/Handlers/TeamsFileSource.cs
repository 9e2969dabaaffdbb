using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Teams.Handlers;

/// <summary>A file sent to the bot in personal chat: Teams gives a short-lived, pre-authorised https download link.</summary>
public sealed class TeamsFileSource : ITranscriptSource
{
    public const string SourceKind = "teams.file";
    public const string HttpClientName = "ActionTracker.Teams.Files";

    private readonly IHttpClientFactory _httpClients;

    public TeamsFileSource(IHttpClientFactory httpClients)
    {
        _httpClients = httpClients;
    }

    public string Kind => SourceKind;

    public async Task<TranscriptFetch> FetchAsync(TenantKey tenant, TranscriptReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!Uri.TryCreate(reference.Url, UriKind.Absolute, out Uri? url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            return TranscriptFetch.Failed("the file's download link is not a secure address.");
        }

        using HttpResponseMessage response = await _httpClients.CreateClient(HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return TranscriptFetch.Failed("Teams refused the download (HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) + "); the link may have expired, send the file again.");
        }

        if (response.Content.Headers.ContentType?.MediaType is "text/html" || response.Content.Headers.ContentLength > DraftLimits.MaxBytes)
        {
            return TranscriptFetch.Failed(response.Content.Headers.ContentLength > DraftLimits.MaxBytes
                ? DraftLimits.TooLargeMessage(response.Content.Headers.ContentLength.Value)
                : "the download link answered with a web page, not the file.");
        }

        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > DraftLimits.MaxBytes)
            {
                return TranscriptFetch.Failed(DraftLimits.TooLargeMessage(buffer.Length + read));
            }

            buffer.Write(chunk, 0, read);
        }

        return new TranscriptFetch { Content = buffer.ToArray(), FileName = reference.FileName };
    }
}
