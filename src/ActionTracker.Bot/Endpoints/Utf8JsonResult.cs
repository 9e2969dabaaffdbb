namespace ActionTracker.Bot.Endpoints;

/// <summary>A JSON body that is already UTF-8 bytes, written as is with its status (no string round trip).</summary>
internal sealed class Utf8JsonResult : IResult
{
    private const string ContentType = "application/json; charset=utf-8";

    private readonly int _statusCode;
    private readonly byte[] _body;

    public Utf8JsonResult(int statusCode, byte[] body)
    {
        _statusCode = statusCode;
        _body = body;
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = _statusCode;
        response.ContentType = ContentType;
        response.ContentLength = _body.Length;
        return response.Body.WriteAsync(_body, httpContext.RequestAborted).AsTask();
    }
}
