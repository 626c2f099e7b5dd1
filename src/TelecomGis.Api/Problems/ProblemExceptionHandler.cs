using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace TelecomGis.Api.Problems;

/// <summary>
/// Turns a refused request into RFC 9457 problem details, the one place that does: a validation error lists each field (and row)
/// with English and Vietnamese messages; not found (404) and conflict (409) carry the handler's title and detail; a body the
/// framework could not read is a 400 too (a JSON body one on the field <c>body</c>, as <see cref="MalformedJson"/> words it), one
/// over the route's size limit a 413.
/// Anything else stays a 500 without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            RequestValidationException v => Validation(v, TelecomGis.Api.Appraisals.Language.PrefersEnglish(httpContext.Request)),
            // A body the framework could not bind as JSON: the same 400 on "body" as a body an endpoint reads itself.
            BadHttpRequestException { InnerException: { } inner } when MalformedJson.IsMalformed(inner) => Validation(
                MalformedJson.Refusal(inner),
                TelecomGis.Api.Appraisals.Language.PrefersEnglish(httpContext.Request)
            ),
            // Type and traceId are filled in by the problem details service, as for Results.Problem.
            ProblemException p => new ProblemDetails
            {
                Status = p.Status,
                Title = p.Title,
                Detail = p.Detail,
            },
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(httpContext),
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = "The request could not be read.",
                // Not the framework's message: it is English and names .NET types ("int? limit").
                Detail = UnreadableRequest.Detail(b, TelecomGis.Api.Appraisals.Language.PrefersEnglish(httpContext.Request)),
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            },
            _ => null,
        };
        if (problem is null)
            return false;
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            }
        );
    }

    /// <summary>
    /// A body over the route's limit (Kestrel's MaxRequestBodySize, set per route by RequestSizeLimit metadata): 413, with the limit
    /// in bytes under <c>max_bytes</c> and the detail in the caller's language.
    /// </summary>
    private static ProblemDetails TooLarge(HttpContext context) =>
        DescribeTooLarge(context, new ProblemDetails { Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14" });

    /// <summary>
    /// Words a 413 as <see cref="TooLarge"/> does; also for the framework's own 413 (a JSON body parameter over the limit is
    /// answered without an exception, then written by the status-code pages), through the problem details customisation.
    /// </summary>
    public static ProblemDetails DescribeTooLarge(HttpContext context, ProblemDetails problem)
    {
        var max = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        var megabytes = max is { } m ? (m / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : null;
        problem.Status = StatusCodes.Status413PayloadTooLarge;
        problem.Title = "The request body is larger than this route accepts.";
        problem.Detail = TelecomGis.Api.Appraisals.Language.PrefersEnglish(context.Request)
            ? $"Send at most {megabytes ?? "the limit"} MB here."
            : $"Nội dung gửi lên quá lớn: tối đa {megabytes ?? "?"} MB.";
        if (max is not null)
            problem.Extensions["max_bytes"] = max;
        return problem;
    }

    /// <summary>The errors map speaks the caller's primary language (Vietnamese unless Accept-Language asks for English); "problems" carries both.</summary>
    private static ValidationProblemDetails Validation(RequestValidationException v, bool english)
    {
        var problem = new ValidationProblemDetails(
            v.Errors.GroupBy(e => e.Key)
                .ToDictionary(g => g.Key, g => g.Select(e => english ? e.MessageEn : e.MessageVi ?? e.MessageEn).ToArray())
        )
        {
            Status = StatusCodes.Status400BadRequest,
            Title = v.Message,
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        };
        problem.Extensions["problems"] = v
            .Errors.Select(e => new
            {
                row = e.Row,
                field = e.Field,
                message_en = e.MessageEn,
                message_vi = e.MessageVi ?? e.MessageEn,
            })
            .ToList();
        return problem;
    }
}
