using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using ActionTracker.Teams.Auth;
using ActionTracker.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Teams.Connector;

/// <summary>
/// Bot Framework connector REST calls. Only serviceUrls allowed by policy get the bot's token. 429 is retried
/// (Retry-After honoured, capped, at most 3 tries); 503 only for calls that cannot have been applied twice.
/// </summary>
public sealed class ConnectorClient
{
    public const string HttpClientName = "ActionTracker.Teams.Connector";
    public const int MaxAttempts = 3;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    private readonly IHttpClientFactory _httpClients;
    private readonly BotTokenProvider _tokens;
    private readonly ServiceUrlPolicy _policy;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(IHttpClientFactory httpClients, BotTokenProvider tokens, ServiceUrlPolicy policy, TimeProvider time, ILogger<ConnectorClient> logger)
    {
        _httpClients = httpClients;
        _tokens = tokens;
        _policy = policy;
        _time = time;
        _logger = logger;
    }

    public Task<ResourceResponse?> SendAsync(string serviceUrl, string conversationId, OutboundActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities",
            activity, TeamsJsonContext.Default.OutboundActivity, TeamsJsonContext.Default.ResourceResponse, "send", cancellationToken);

    public Task<ResourceResponse?> ReplyAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, ActivityPath(conversationId, activityId),
            activity with { ReplyToId = activityId }, TeamsJsonContext.Default.OutboundActivity, TeamsJsonContext.Default.ResourceResponse, "reply", cancellationToken);

    public Task<ResourceResponse?> UpdateAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, ActivityPath(conversationId, activityId),
            activity with { Id = activityId }, TeamsJsonContext.Default.OutboundActivity, TeamsJsonContext.Default.ResourceResponse, "update", cancellationToken);

    public Task<ResourceResponse?> DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallAsync<object, ResourceResponse>(HttpMethod.Delete, serviceUrl, ActivityPath(conversationId, activityId),
            null, null, TeamsJsonContext.Default.ResourceResponse, "delete", cancellationToken);

    public Task<ResourceResponse?> CreateConversationAsync(string serviceUrl, CreateConversationRequest request, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations",
            request, TeamsJsonContext.Default.CreateConversationRequest, TeamsJsonContext.Default.ResourceResponse, "create-conversation", cancellationToken);

    /// <summary>The member, or null when the person is not in the conversation (404).</summary>
    public async Task<TeamsMember?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync<object, TeamsMember>(HttpMethod.Get, serviceUrl,
                "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/members/" + Uri.EscapeDataString(userId),
                null, null, TeamsJsonContext.Default.TeamsMember, "get-member", cancellationToken);
        }
        catch (ConnectorException exception) when (exception.StatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>A meeting's details (its Graph id and organizer); null when the connector does not know it.</summary>
    public async Task<MeetingDetails?> GetMeetingAsync(string serviceUrl, string meetingId, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync<object, MeetingDetails>(HttpMethod.Get, serviceUrl, "v1/meetings/" + Uri.EscapeDataString(meetingId),
                null, null, TeamsJsonContext.Default.MeetingDetails, "get-meeting", cancellationToken);
        }
        catch (ConnectorException exception) when (exception.StatusCode is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.Forbidden)
        {
            return null;
        }
    }

    private static string ActivityPath(string conversationId, string activityId) =>
        "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities/" + Uri.EscapeDataString(activityId);

    private async Task<TResponse?> CallAsync<TRequest, TResponse>(
        HttpMethod method, string serviceUrl, string path, TRequest? body, JsonTypeInfo<TRequest>? requestType, JsonTypeInfo<TResponse> responseType,
        string operation, CancellationToken cancellationToken)
        where TResponse : class
    {
        if (!_policy.IsAllowed(serviceUrl))
        {
            throw new ConnectorException($"serviceUrl host is not allowed for {operation}");
        }

        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute), path);
        string? token = await _tokens.GetTokenAsync(cancellationToken);
        HttpClient http = _httpClients.CreateClient(HttpClientName);
        for (int attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null && requestType is not null)
            {
                request.Content = JsonContent.Create(body, requestType);
            }

            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response.Content.Headers.ContentLength == 0
                    ? null
                    : await response.Content.ReadFromJsonAsync(responseType, cancellationToken);
            }

            int status = (int)response.StatusCode;
            if (attempt >= MaxAttempts || !IsRetryable(method, response.StatusCode))
            {
                Log.ConnectorFailed(_logger, operation, status);
                throw new ConnectorException(operation, status);
            }

            TimeSpan delay = RetryDelay(response.Headers.RetryAfter, _time.GetUtcNow(), attempt);
            Log.ConnectorRetry(_logger, operation, status, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    /// <summary>A 429 was not applied, so any call may repeat; a 503 on a POST might have been, so a send is not repeated.</summary>
    internal static bool IsRetryable(HttpMethod method, HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (status == HttpStatusCode.ServiceUnavailable && method != HttpMethod.Post);

    internal static TimeSpan RetryDelay(RetryConditionHeaderValue? retryAfter, DateTimeOffset now, int attempt)
    {
        TimeSpan delay = retryAfter?.Delta
                         ?? (retryAfter?.Date is { } date ? date - now : DefaultRetryDelay * attempt);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
