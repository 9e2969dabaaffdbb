using System.Text.Json.Nodes;
using ActionTracker.Bot.Extraction;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Bot.Tests.Extraction;

/// <summary>
/// The model extractor through OpenAI's real client against a local OpenAI-compatible server: good answers are checked
/// against the transcript, anything unusable falls back to the rules with a warning, and no transcript text or key is logged.
/// </summary>
public sealed class ChatTranscriptExtractorTests : IAsyncLifetime, IDisposable
{
    private const string ApiKey = "sk-test-0123456789-secret";

    private readonly CapturingLoggerProvider _logs = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly ILoggerFactory _loggers;
    private FakeOpenAIServer _server = null!;

    public ChatTranscriptExtractorTests()
    {
        _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
    }

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _loggers.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task Extract_GoodAnswer_TakesQuotesFromTranscriptAndResolvesOwnersAndDates()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Content(ExtractionTranscripts.GoodAnswer));

        TranscriptExtraction extraction = await ExtractAsync(Extractor());

        Assert.Equal(2, extraction.Items.Count);
        DraftItem budget = extraction.Items[0];
        Assert.Equal("Send the revised budget to finance", budget.Task);
        Assert.Equal("Omar Haddad", budget.Owner);
        Assert.Equal(new DateOnly(2026, 11, 27), budget.Due);
        Assert.Equal("I'll send the revised budget to finance by Friday.", budget.Quote);
        Assert.Equal(new TimeSpan(0, 0, 1, 10, 250), budget.Timestamp);
        Assert.Equal(0.9, budget.Confidence);
        Assert.Equal("model test-model: first-person commitment", budget.Reason);
        DraftItem checklist = extraction.Items[1];
        Assert.Equal("Priya", checklist.Owner);
        Assert.Equal(new DateOnly(2026, 11, 24), checklist.Due);
        Assert.Equal(1.0, checklist.Confidence);
        DraftDecision decision = Assert.Single(extraction.Decisions);
        Assert.Equal("Move the launch to March", decision.Text);
        Assert.Equal("Great. We agreed to move the launch to March.", decision.Quote);
        Assert.Contains(_logs.Lines, l => l.Text.Contains("2 items and 1 decisions", StringComparison.Ordinal));
        AssertLogsHideTranscriptAndKey();
    }

    [Fact]
    public async Task Extract_GoodAnswer_SendsNumberedTurnsWithStrictSchemaAndBearerKey()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Content(ExtractionTranscripts.GoodAnswer));

        await ExtractAsync(Extractor());

        FakeOpenAIServer.ChatRequest request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer " + ApiKey, request.Authorization);
        JsonNode body = JsonNode.Parse(request.Body)!;
        Assert.Equal("test-model", body["model"]!.GetValue<string>());
        Assert.Equal("json_schema", body["response_format"]!["type"]!.GetValue<string>());
        Assert.True(body["response_format"]!["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.Equal("meeting_drafts", body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        string turns = body["messages"]![1]!["content"]!.ToJsonString();
        Assert.Contains("[2] 00:01:10 Omar Haddad: I'll send the revised budget to finance by Friday.", JsonNode.Parse(turns)!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_HallucinatedQuoteTurnAndOwner_DropsTheItemAndTheOwner()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Content("""
            {"items":[
              {"task":"Send the revised budget to finance","owner":"Omar Haddad","due":null,"quoteTurn":2,"confidence":0.8,"reason":"commitment","quote":"a quote the model made up"},
              {"task":"Book the offsite venue","owner":"Lena Park","due":null,"quoteTurn":42,"confidence":0.95,"reason":"invented"},
              {"task":"Update the launch checklist","owner":"Zed Quinn","due":null,"quoteTurn":4,"confidence":0.7,"reason":"request"}],
             "decisions":[{"text":"Cancel the launch","quoteTurn":0}]}
            """));

        TranscriptExtraction extraction = await ExtractAsync(Extractor());

        Assert.Equal(["Send the revised budget to finance", "Update the launch checklist"], extraction.Items.Select(i => i.Task));
        Assert.Equal("I'll send the revised budget to finance by Friday.", extraction.Items[0].Quote);
        Assert.Null(extraction.Items[1].Owner);
        Assert.Empty(extraction.Decisions);
        Assert.Contains(_logs.Lines, l => l.Text.Contains("2 proposals dropped", StringComparison.Ordinal));
        Assert.All(extraction.Items, i => Assert.StartsWith("model test-model", i.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sure! Here are the action items: send the budget.", "invalid JSON")]
    [InlineData("""{"items":[{"task":"Send""", "invalid JSON")]
    [InlineData("", "empty answer")]
    [InlineData("""{"items":[],"decisions":[]}""", "empty answer")]
    [InlineData("""{"items":[{"task":"Invent things","owner":null,"due":null,"quoteTurn":99,"confidence":1,"reason":"x"}],"decisions":[]}""", "no proposal matched")]
    public async Task Extract_UnusableAnswer_FallsBackToRulesWithWarning(string content, string failure)
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Content(content));

        TranscriptExtraction extraction = await ExtractAsync(Extractor());

        AssertRulesFallback(extraction);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains(failure, StringComparison.Ordinal));
        AssertLogsHideTranscriptAndKey();
    }

    [Fact]
    public async Task Extract_ModelNeverAnswers_FallsBackAfterTheTimeout()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.NoAnswer());
        ChatTranscriptExtractor extractor = Extractor(timeoutSeconds: 30);

        ValueTask<TranscriptExtraction> pending = extractor.ExtractAsync(ExtractionTranscripts.Parse(), ExtractionTranscripts.Context, CancellationToken.None);
        await _server.RequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(pending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(31));
        TranscriptExtraction extraction = await pending.AsTask().WaitAsync(TimeSpan.FromSeconds(20));

        AssertRulesFallback(extraction);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("(timeout)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_SlowerThanTheTranscriptBudget_FallsBackBeforeQueuedWorkIsRetaken()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.NoAnswer());
        ChatTranscriptExtractor extractor = Extractor(timeoutSeconds: 600);

        ValueTask<TranscriptExtraction> pending = extractor.ExtractAsync(ExtractionTranscripts.Parse(), ExtractionTranscripts.Context, CancellationToken.None);
        await _server.RequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        _time.Advance(ChatTranscriptExtractor.TranscriptBudget + TimeSpan.FromSeconds(1));
        TranscriptExtraction extraction = await pending.AsTask().WaitAsync(TimeSpan.FromSeconds(20));

        AssertRulesFallback(extraction);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("(timeout of the whole transcript)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_CallerCancels_StopsWithoutFallingBack()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.NoAnswer());
        using var cancel = new CancellationTokenSource();

        ValueTask<TranscriptExtraction> pending = Extractor().ExtractAsync(ExtractionTranscripts.Parse(), ExtractionTranscripts.Context, cancel.Token);
        await _server.RequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.DoesNotContain(_logs.Lines, l => l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Extract_WrongKey_FallsBackAndSaysWhichSettingToCheck()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Error(401, "Incorrect API key provided: sk-tes***cret."));

        TranscriptExtraction extraction = await ExtractAsync(Extractor());

        AssertRulesFallback(extraction);
        Assert.Single(_server.Requests);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("HTTP 401", StringComparison.Ordinal) && l.Text.Contains("Extraction:ApiKey", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("(HTTP 401)", StringComparison.Ordinal));
        AssertLogsHideTranscriptAndKey();
    }

    [Fact]
    public async Task Extract_AzureOpenAI_CallsTheV1PathWithTheApiKeyHeaderOnly()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Content(ExtractionTranscripts.GoodAnswer));

        TranscriptExtraction extraction = await ExtractAsync(Extractor(provider: ExtractionOptions.AzureOpenAI, endpoint: _server.BaseUrl));

        Assert.Equal(2, extraction.Items.Count);
        FakeOpenAIServer.ChatRequest request = Assert.Single(_server.Requests);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal(ApiKey, request.ApiKeyHeader);
        Assert.Equal(string.Empty, request.Authorization);
    }

    [Fact]
    public async Task Extract_LongTranscript_AsksChunkByChunkAndMergesOverlapDuplicates()
    {
        string lines = string.Join('\n', Enumerable.Range(1, 60).Select(i => i % 2 == 0
            ? $"Omar Haddad: Point {i} on the supplier list was reviewed and the numbers look about right to me."
            : $"Lena Park: Thanks, noted for item {i}, and the remaining figures come next week from the finance team."));
        Transcript transcript = TranscriptReader.Read(System.Text.Encoding.UTF8.GetBytes(lines + "\nOmar Haddad: I'll send the revised budget to finance by Friday.\n"), "long.txt").Transcript!;
        int last = transcript.Cues.Count;
        // Every request answers the same: only chunks that show the last turn can keep it; overlapping ones repeat it.
        _server.Enqueue(FakeOpenAIServer.Reply.Content($$"""{"items":[{"task":"Send the revised budget to finance","owner":"Omar Haddad","due":null,"quoteTurn":{{last}},"confidence":0.8,"reason":"commitment"}],"decisions":[]}"""));

        TranscriptExtraction extraction = await Extractor(maxTranscriptTokens: 500).ExtractAsync(transcript, ExtractionContext.None, CancellationToken.None);

        Assert.True(_server.Requests.Count >= 3, $"{_server.Requests.Count} requests");
        Assert.All(_server.Requests, r => Assert.InRange(r.Body.Length, 1, 12_000));
        DraftItem item = Assert.Single(extraction.Items);
        Assert.Equal("I'll send the revised budget to finance by Friday.", item.Quote);
    }

    private ChatTranscriptExtractor Extractor(string provider = ExtractionOptions.OpenAI, Uri? endpoint = null, int timeoutSeconds = 30, int maxTranscriptTokens = 12_000)
    {
        var options = new ExtractionOptions
        {
            Provider = provider,
            Endpoint = (endpoint ?? _server.ApiUrl).AbsoluteUri,
            Model = "test-model",
            ApiKey = ApiKey,
            TimeoutSeconds = timeoutSeconds,
            MaxTranscriptTokens = maxTranscriptTokens,
        };
        Assert.False(new ExtractionOptionsValidator().Validate(null, options).Failed);
        return Assert.IsType<ChatTranscriptExtractor>(TranscriptExtractorFactory.Create(options, _time, _loggers));
    }

    private static async Task<TranscriptExtraction> ExtractAsync(ChatTranscriptExtractor extractor) =>
        await extractor.ExtractAsync(ExtractionTranscripts.Parse(), ExtractionTranscripts.Context, CancellationToken.None);

    private static void AssertRulesFallback(TranscriptExtraction extraction)
    {
        TranscriptExtraction rules = new RuleBasedTranscriptExtractor().Extract(ExtractionTranscripts.Parse(), ExtractionTranscripts.Context, CancellationToken.None);
        Assert.NotEmpty(rules.Items);
        Assert.Equal(rules.Items.Select(i => i with { Reason = ChatTranscriptExtractor.FallbackReasonPrefix + i.Reason }), extraction.Items);
        Assert.Equal(rules.Decisions.Select(d => d with { Reason = ChatTranscriptExtractor.FallbackReasonPrefix + d.Reason }), extraction.Decisions);
    }

    private void AssertLogsHideTranscriptAndKey()
    {
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Text.Contains("budget", StringComparison.OrdinalIgnoreCase) || l.Text.Contains("checklist", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_logs.Lines, l => l.Text.Contains(ApiKey, StringComparison.Ordinal) || l.Text.Contains("sk-tes", StringComparison.Ordinal));
    }
}
