using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>
/// A local Microsoft Graph and Entra token endpoint over https on 127.0.0.1:0 (Azure.Identity only talks https to an
/// authority), with a self-signed certificate the bot's Graph client is told to trust. Records every call.
/// </summary>
internal sealed class FakeGraphServer : IAsyncDisposable
{
    public const string MeetingId = "MSpmYWtlLWdyYXBoLW1lZXRpbmc";
    public const string TranscriptId = "MSMjMCMjZmFrZS10cmFuc2NyaXB0";
    public const string OrganizerId = "0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b";
    public const string ClientState = "graph-client-state-secret";

    private readonly WebApplication _app;

    private FakeGraphServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Person id → (manager id, display name), answered by <c>/users/{id}/manager</c>.</summary>
    public ConcurrentDictionary<string, (string Id, string Name)> Managers { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, <c>/users/{id}/manager</c> answers this status (e.g. 403 without User.Read.All).</summary>
    public int? ManagerStatus { get; set; }

    /// <summary>The To Do part of this Graph (task lists and tasks under <c>/users/{id}/todo</c>).</summary>
    public FakeTodo Todo { get; } = new();

    /// <summary>The status the transcript list answers (200, 403, 404).</summary>
    public int TranscriptsStatus { get; set; } = 200;

    public string TranscriptVtt { get; set; } = string.Empty;

    /// <summary>The meeting chat Graph reports for <see cref="MeetingId"/>.</summary>
    public string ChatId { get; set; } = "19:meeting_fake@thread.v2";

    public static async Task<FakeGraphServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        X509Certificate2 certificate = CreateCertificate();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        WebApplication app = builder.Build();
        var fake = new FakeGraphServer(app, certificate);
        fake.Map(app);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The bot's settings for this server.</summary>
    public Dictionary<string, string?> Settings() => new(StringComparer.Ordinal)
    {
        ["Graph:ClientId"] = "graph-client-id",
        ["Graph:ClientSecret"] = "graph-client-secret",
        ["Graph:BaseUrl"] = new Uri(BaseUrl, "v1.0/").AbsoluteUri,
        ["Graph:AuthorityHost"] = BaseUrl.AbsoluteUri,
        ["Graph:NotificationClientState"] = ClientState,
    };

    /// <summary>Trusts this server's certificate (and only it) on the bot's Graph client.</summary>
    public void Trust(IServiceCollection services)
    {
        string thumbprint = Certificate.Thumbprint;
        services.AddHttpClient(ActionTracker.Teams.Graph.GraphClients.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => string.Equals(certificate?.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase),
            });
    }

    public IEnumerable<RecordedCall> GraphCalls => Calls.Where(c => c.Path.StartsWith("/v1.0/", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        using X509Certificate2 created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject { ["access_token"] = "graph-token", ["token_type"] = "Bearer", ["expires_in"] = 3600, ["ext_expires_in"] = 3600 });
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new JsonObject
        {
            ["token_endpoint"] = new Uri(BaseUrl, tenant + "/oauth2/v2.0/token").AbsoluteUri,
            ["authorization_endpoint"] = new Uri(BaseUrl, tenant + "/oauth2/v2.0/authorize").AbsoluteUri,
            ["issuer"] = new Uri(BaseUrl, tenant + "/v2.0").AbsoluteUri,
        }));
        app.MapGet("/v1.0/communications/onlineMeetings/{meetingId}/transcripts", async (HttpRequest request, string meetingId) =>
        {
            await RecordAsync(request);
            if (TranscriptsStatus != 200)
            {
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Forbidden", ["message"] = "Application is not allowed." } }, statusCode: TranscriptsStatus);
            }

            return Results.Json(new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject { ["id"] = TranscriptId, ["meetingId"] = meetingId, ["createdDateTime"] = "2026-11-23T10:00:00Z" }),
            });
        });
        app.MapGet("/v1.0/communications/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content", async (HttpRequest request) =>
        {
            await RecordAsync(request);
            return Results.Text(TranscriptVtt, "text/vtt");
        });
        app.MapGet("/v1.0/communications/onlineMeetings/{meetingId}", async (HttpRequest request, string meetingId) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject
            {
                ["id"] = meetingId,
                ["subject"] = "Weekly leadership sync",
                ["startDateTime"] = "2026-11-23T09:00:00Z",
                ["chatInfo"] = new JsonObject { ["threadId"] = ChatId },
                ["participants"] = new JsonObject
                {
                    ["organizer"] = new JsonObject { ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = OrganizerId, ["displayName"] = "Megan Bowen" } } },
                },
            });
        });
        // App-only Graph reads online meetings under their organizer.
        app.MapGet("/v1.0/users/{userId}/onlineMeetings/{meetingId}/transcripts", async (HttpRequest request, string userId, string meetingId) =>
        {
            await RecordAsync(request);
            if (userId != OrganizerId)
            {
                return Results.NotFound();
            }

            if (TranscriptsStatus != 200)
            {
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Forbidden", ["message"] = "Application is not allowed." } }, statusCode: TranscriptsStatus);
            }

            return Results.Json(new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject { ["id"] = TranscriptId, ["meetingId"] = meetingId, ["createdDateTime"] = "2026-11-23T10:00:00Z" }),
            });
        });
        app.MapGet("/v1.0/users/{userId}/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content", async (HttpRequest request, string userId) =>
        {
            await RecordAsync(request);
            return userId != OrganizerId ? Results.NotFound() : Results.Text(TranscriptVtt, "text/vtt");
        });
        app.MapGet("/v1.0/users/{userId}/onlineMeetings/{meetingId}", async (HttpRequest request, string userId, string meetingId) =>
        {
            await RecordAsync(request);
            if (userId != OrganizerId)
            {
                return Results.NotFound();
            }

            return Results.Json(new JsonObject
            {
                ["id"] = meetingId,
                ["subject"] = "Weekly leadership sync",
                ["startDateTime"] = "2026-11-23T09:00:00Z",
                ["chatInfo"] = new JsonObject { ["threadId"] = ChatId },
                ["participants"] = new JsonObject
                {
                    ["organizer"] = new JsonObject { ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = OrganizerId, ["displayName"] = "Megan Bowen" } } },
                },
            });
        });
        app.MapPost("/v1.0/subscriptions", async (HttpRequest request) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject { ["id"] = "subscription-1", ["expirationDateTime"] = "2026-11-23T11:00:00Z" }, statusCode: 201);
        });
        app.MapMethods("/v1.0/subscriptions/{id}", ["PATCH"], async (HttpRequest request, string id) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject { ["id"] = id, ["expirationDateTime"] = "2026-11-23T12:00:00Z" });
        });
        app.MapGet("/v1.0/users/{userId}/manager", async (HttpRequest request, string userId) =>
        {
            await RecordAsync(request);
            if (ManagerStatus is { } status)
            {
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Authorization_RequestDenied", ["message"] = "Insufficient privileges to complete the operation." } }, statusCode: status);
            }

            return Managers.TryGetValue(userId, out var manager)
                ? Results.Json(new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = manager.Id, ["displayName"] = manager.Name })
                : Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Request_ResourceNotFound", ["message"] = "Resource 'manager' does not exist." } }, statusCode: 404);
        });
        Todo.Map(app, RecordAsync);
    }

    private async Task<string> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        string body = await reader.ReadToEndAsync();
        Calls.Enqueue(new RecordedCall(request.Method, Uri.UnescapeDataString(request.Path.Value ?? string.Empty) + request.QueryString.Value, body, request.Headers.Authorization.ToString()));
        return body;
    }
}
