using System.Text;
using ActionTracker.Core.Execution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActionTracker.Bot.Endpoints;

internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{token}", DownloadAsync);
        return endpoints;
    }

    /// <summary>The file behind an export link; 404 for unknown or expired links (indistinguishable, so tokens cannot be probed).</summary>
    private static async Task<Results<FileContentHttpResult, NotFound<StatusResponse>>> DownloadAsync(
        string token, CommandExecutor executor, HttpResponse response, CancellationToken cancellationToken)
    {
        ExportFile? file = await executor.RenderExportAsync(token, cancellationToken);
        if (file is null)
        {
            return TypedResults.NotFound(new StatusResponse("not found", "This export link is unknown or has expired; run `/action export` again."));
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.File(Encoding.UTF8.GetBytes(file.Content), file.ContentType, file.FileName);
    }
}
