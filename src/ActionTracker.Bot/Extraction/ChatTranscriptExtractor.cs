using System.ClientModel;
using System.Text.Json;
using ActionTracker.Core.Transcripts;
using Microsoft.Extensions.AI;

namespace ActionTracker.Bot.Extraction;

/// <summary>
/// Asks a language model for a transcript's action items and decisions, a chunk of turns at a time, and keeps only what
/// the transcript supports (<see cref="ModelAnswerValidator"/>). When the model cannot answer (timeout, HTTP error,
/// invalid JSON, an empty answer) the rule-based extractor makes the draft, so a draft is always produced; each draft's
/// reason says which extractor made it.
/// </summary>
internal sealed class ChatTranscriptExtractor : ITranscriptExtractor
{
    public const string FallbackReasonPrefix = "rules (model unavailable): ";

    /// <summary>
    /// All requests for one transcript end by then: queued work becomes visible to other workers again after five
    /// minutes, so a slow model must not hold it longer.
    /// </summary>
    public static readonly TimeSpan TranscriptBudget = TimeSpan.FromMinutes(4);

    private static readonly ChatResponseFormat AnswerFormat = ChatResponseFormat.ForJsonSchema(
        JsonDocument.Parse(ModelPrompt.Schema).RootElement.Clone(), ModelPrompt.SchemaName, "Draft action items and decisions of a meeting transcript.");

    private readonly IChatClient _client;
    private readonly ITranscriptExtractor _fallback;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan _timeout;
    private readonly int _maxTranscriptTokens;
    private readonly string _source;

    public ChatTranscriptExtractor(IChatClient client, ExtractionOptions options, ITranscriptExtractor fallback, TimeProvider timeProvider, ILogger<ChatTranscriptExtractor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _fallback = fallback;
        _timeProvider = timeProvider;
        _logger = logger;
        _timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        _maxTranscriptTokens = options.MaxTranscriptTokens;
        _source = "model " + options.Model;
    }

    public async ValueTask<TranscriptExtraction> ExtractAsync(Transcript transcript, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(context);
        if (transcript.Cues.Count == 0)
        {
            return TranscriptExtraction.Empty;
        }

        IReadOnlyList<TranscriptChunk> chunks = TranscriptChunker.Split(transcript, _maxTranscriptTokens);
        var validator = new ModelAnswerValidator(transcript, context);
        var answers = new List<ModelDrafts>(chunks.Count);
        using var budget = new CancellationTokenSource(TranscriptBudget, _timeProvider);
        foreach (TranscriptChunk chunk in chunks)
        {
            (ModelAnswer? answer, string? failure) = await AskAsync(transcript, chunk, context, budget.Token, cancellationToken);
            if (answer is null)
            {
                return await FallBackAsync(transcript, context, failure!, cancellationToken);
            }

            answers.Add(validator.Validate(answer, chunk, _source));
        }

        int proposed = answers.Sum(a => a.Proposed);
        int dropped = answers.Sum(a => a.Dropped);
        if (proposed == 0)
        {
            return await FallBackAsync(transcript, context, "empty answer", cancellationToken);
        }

        if (dropped == proposed)
        {
            return await FallBackAsync(transcript, context, "no proposal matched the transcript", cancellationToken);
        }

        TranscriptExtraction extraction = ModelAnswerValidator.Merge(answers);
        Log.ModelExtractionDone(_logger, extraction.Items.Count, extraction.Decisions.Count, chunks.Count, dropped);
        return extraction;
    }

    /// <summary>One request for one chunk: the answer, or why there is none. Only the caller's own cancellation escapes.</summary>
    private async Task<(ModelAnswer? Answer, string? Failure)> AskAsync(Transcript transcript, TranscriptChunk chunk, ExtractionContext context, CancellationToken budget, CancellationToken cancellationToken)
    {
        ChatMessage[] messages =
        [
            new(ChatRole.System, ModelPrompt.Instructions),
            new(ChatRole.User, ModelPrompt.Turns(transcript, chunk, context)),
        ];
        var options = new ChatOptions
        {
            ResponseFormat = AnswerFormat,
            // Structured output in its strict form: the answer must match the schema exactly.
            AdditionalProperties = new AdditionalPropertiesDictionary { ["strict"] = true },
        };

        using var timeout = new CancellationTokenSource(_timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token, budget);
        try
        {
            ChatResponse response = await _client.GetResponseAsync(messages, options, linked.Token);
            string text = response.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, "empty answer");
            }

            return ModelAnswerReader.Read(text) is { } answer ? (answer, null) : (null, "invalid JSON");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, budget.IsCancellationRequested ? "timeout of the whole transcript" : "timeout");
        }
        catch (ClientResultException exception)
        {
            if (exception.Status is 401 or 403)
            {
                Log.ModelEndpointRefusedKey(_logger, exception.Status);
            }

            return (null, exception.Status == 0 ? "endpoint unreachable" : "HTTP " + exception.Status);
        }
        catch (HttpRequestException)
        {
            return (null, "endpoint unreachable");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or KeyNotFoundException or NotSupportedException)
        {
            // The client could not read the service's reply at all.
            return (null, "unreadable response (" + exception.GetType().Name + ")");
        }
    }

    private async Task<TranscriptExtraction> FallBackAsync(Transcript transcript, ExtractionContext context, string failure, CancellationToken cancellationToken)
    {
        Log.ModelExtractionFellBack(_logger, failure);
        TranscriptExtraction rules = await _fallback.ExtractAsync(transcript, context, cancellationToken);
        return new TranscriptExtraction
        {
            Items = rules.Items.Select(i => i with { Reason = FallbackReasonPrefix + i.Reason }).ToList(),
            Decisions = rules.Decisions.Select(d => d with { Reason = FallbackReasonPrefix + d.Reason }).ToList(),
        };
    }
}
