using System.Text.Json.Nodes;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Handlers;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;

namespace ActionTracker.Slack;

/// <summary>A file shared with the bot: files.info for its name and size, then url_private_download with the bot token.</summary>
public sealed class SlackFileSource : ITranscriptSource
{
    public const string SourceKind = "slack.file";

    private static readonly string[] Extensions = [".vtt", ".txt", ".docx"];

    private readonly SlackApiClient _api;
    private readonly SlackTokens _tokens;

    public SlackFileSource(SlackApiClient api, SlackTokens tokens)
    {
        _api = api;
        _tokens = tokens;
    }

    public string Kind => SourceKind;

    public async Task<TranscriptFetch> FetchAsync(TenantKey tenant, TranscriptReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (await _tokens.GetAsync(tenant, cancellationToken) is not { } install || reference.Id is not { Length: > 0 } fileId)
        {
            return TranscriptFetch.Failed("the Slack app is not installed here any more.");
        }

        JsonObject info;
        try
        {
            info = await _api.CallFormAsync("files.info", install.BotToken, new Dictionary<string, string>(StringComparer.Ordinal) { ["file"] = fileId }, cancellationToken);
        }
        catch (SlackApiException exception)
        {
            return TranscriptFetch.Failed(exception.Error switch
            {
                "file_not_found" or "file_deleted" => "the file is gone from Slack.",
                "missing_scope" or "not_allowed_token_type" => "the app needs the files:read permission to read files.",
                _ => "Slack did not give me the file (" + exception.Error + ").",
            });
        }

        string name = Json.Str(info, "file", "name") ?? Json.Str(info, "file", "title") ?? "file";
        if (!Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return TranscriptFetch.Failed($"only .vtt, .txt and .docx files can be read as transcripts, and “{name}” is not one.");
        }

        if (info["file"]?["size"] is JsonValue sizeValue && sizeValue.TryGetValue(out long size) && size > DraftLimits.MaxBytes)
        {
            return TranscriptFetch.Failed(DraftLimits.TooLargeMessage(size));
        }

        string? url = Json.Str(info, "file", "url_private_download") ?? Json.Str(info, "file", "url_private");
        if (url is null)
        {
            return TranscriptFetch.Failed("Slack gave no download link for the file.");
        }

        (byte[]? content, string? error) = await _api.DownloadAsync(url, install.BotToken, DraftLimits.MaxBytes, cancellationToken);
        return content is null
            ? TranscriptFetch.Failed(error == "too large" ? DraftLimits.TooLargeMessage(DraftLimits.MaxBytes + 1L) : "the file could not be downloaded: " + error + ".")
            : new TranscriptFetch { Content = content, FileName = name };
    }
}
