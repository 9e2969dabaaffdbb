using System.Text.Json.Nodes;

namespace ActionTracker.Slack.Protocol;

/// <summary>What the host writes back: a status, an optional body of the given content type, optional redirect.</summary>
public sealed record SlackResponse(int StatusCode, string? Body = null, string ContentType = "application/json", Uri? Location = null)
{
    public static readonly SlackResponse Empty = new(200);

    public static readonly SlackResponse Unauthorized = new(401, "{\"error\":\"invalid_signature\"}");

    public static readonly SlackResponse Forbidden = new(403, "{\"error\":\"unknown_app\"}");

    public static readonly SlackResponse NotFound = new(404, "{\"error\":\"slack_disabled\"}");

    public static SlackResponse BadRequest(string reason) =>
        new(400, new JsonObject { ["error"] = reason }.ToJsonString());

    public static SlackResponse Json(JsonNode body) => new(200, body.ToJsonString());

    public static SlackResponse Html(int statusCode, string html) => new(statusCode, html, "text/html; charset=utf-8");

    public static SlackResponse Redirect(Uri location) => new(302, null, "text/plain", location);
}
