using System.Text.RegularExpressions;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Gives every request an id, so that a user's error report can be found in the log: a sane incoming <c>X-Request-Id</c> (from
/// the balancer or the caller: 1–64 letters, digits, '.', '_', '-') is kept, anything else is replaced by a fresh one. The id
/// is echoed in the answer's <c>X-Request-Id</c> header, is the request's <see cref="HttpContext.TraceIdentifier"/>, travels
/// in the log scope of every line written while the request runs (<c>RequestId</c>, shown by the JSON console formatter, see
/// docs/OPERATIONS.md), and in every problem details answer as the <c>request_id</c> extension member (RFC 9457 §3.2).
/// </summary>
public static partial class RequestIds
{
    public const string Header = "X-Request-Id";

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var incoming = context.Request.Headers[Header].ToString();
                var id = Sane().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
                context.TraceIdentifier = id;
                // Set as the answer starts: the exception handler clears the headers of a request that threw before it answers.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[Header] = id;
                    return Task.CompletedTask;
                });
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TelecomGis.Api.Requests");
                using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = id }))
                    await next(context);
            }
        );

    /// <summary>Adds the request's id to a problem details answer (called from the service's problem details customisation).</summary>
    public static void Describe(HttpContext context, Microsoft.AspNetCore.Mvc.ProblemDetails problem) =>
        problem.Extensions["request_id"] = context.TraceIdentifier;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Sane();
}
