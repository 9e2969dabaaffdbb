using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// A Teams meeting's transcript from Microsoft Graph: <c>communications/onlineMeetings/{id}/transcripts</c> (the
/// named one, else the newest), then its <c>content</c> as text/vtt. Missing permissions (403) and missing
/// transcripts (404, none yet) become messages for the meeting chat.
/// </summary>
public sealed class GraphTranscriptSource : ITranscriptSource
{
    public const string SourceKind = "graph.meeting";

    private const string NoTranscript =
        "Teams has no transcript for this meeting yet. Transcription has to be on during the meeting; a new transcript is read as soon as Teams announces it.";

    private readonly GraphClients _clients;

    public GraphTranscriptSource(GraphClients clients)
    {
        _clients = clients;
    }

    public string Kind => SourceKind;

    public async Task<TranscriptFetch> FetchAsync(TenantKey tenant, TranscriptReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!_clients.Options.IsConfigured)
        {
            return TranscriptFetch.Failed("Microsoft Graph is not set up for this bot (Graph:ClientId and Graph:ClientSecret), so Teams meeting transcripts cannot be fetched. Paste the transcript with `transcript` instead.");
        }

        if (reference.Id is not { Length: > 0 } meetingId)
        {
            return TranscriptFetch.Failed("Teams did not say which meeting ended.");
        }

        GraphServiceClient graph = _clients.For(tenant.Value["teams:".Length..]);
        try
        {
            CallTranscriptCollectionResponse? list = await graph.Communications.OnlineMeetings[meetingId].Transcripts.GetAsync(cancellationToken: cancellationToken);
            List<CallTranscript> transcripts = list?.Value ?? [];
            CallTranscript? chosen = reference.TranscriptId is { } wanted
                ? transcripts.FirstOrDefault(t => string.Equals(t.Id, wanted, StringComparison.Ordinal))
                : transcripts.OrderByDescending(t => t.CreatedDateTime ?? DateTimeOffset.MinValue).FirstOrDefault();
            if (chosen?.Id is not { } transcriptId)
            {
                return TranscriptFetch.Failed(NoTranscript);
            }

            string url = new Uri(_clients.BaseUrl, "communications/onlineMeetings/" + Uri.EscapeDataString(meetingId) + "/transcripts/"
                + Uri.EscapeDataString(transcriptId) + "/content?$format=text/vtt").AbsoluteUri;
            await using Stream? content = await graph.Communications.OnlineMeetings[meetingId].Transcripts[transcriptId].Content
                .WithUrl(url).GetAsync(cancellationToken: cancellationToken);
            if (content is null)
            {
                return TranscriptFetch.Failed(NoTranscript);
            }

            byte[]? bytes = await ReadCappedAsync(content, DraftLimits.MaxBytes, cancellationToken);
            return bytes is null
                ? TranscriptFetch.Failed(DraftLimits.TooLargeMessage(DraftLimits.MaxBytes + 1L))
                : new TranscriptFetch { Content = bytes, FileName = "transcript.vtt", MeetingStart = chosen.CreatedDateTime };
        }
        catch (ApiException exception) when (exception.ResponseStatusCode is 401 or 403)
        {
            return TranscriptFetch.Failed(
                "the bot is not allowed to read this meeting's transcript (Microsoft Graph answered " + exception.ResponseStatusCode
                + "). An admin needs to grant OnlineMeetingTranscript.Read.All (or the meeting's RSC permission) and turn on transcript API access.");
        }
        catch (ApiException exception) when (exception.ResponseStatusCode == 404)
        {
            return TranscriptFetch.Failed(NoTranscript);
        }
        catch (AuthenticationFailedException)
        {
            return TranscriptFetch.Failed("the bot could not sign in to Microsoft Graph; check Graph:TenantId, Graph:ClientId and Graph:ClientSecret.");
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
