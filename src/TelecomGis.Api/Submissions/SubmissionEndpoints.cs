using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Appraisals;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Submissions;

/// <summary>A carrier's batches and the appraisers' overrides and decisions on them; every endpoint sends its request to a handler.</summary>
public static class SubmissionEndpoints
{
    public static RouteGroupBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/submissions").WithTags("Submissions");

        api.MapPost("/", SubmitAsync)
            .RequireAuthorization(Roles.Submits)
            .DisableAntiforgery()
            // A batch of thousands of rows is a few megabytes; Kestrel's 30 MB default is more than any dossier needs.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(16 * 1024 * 1024))
            // One Accepts: each call replaces the last, and routing refuses content types it does not list.
            .Accepts<SiteInput>("application/json", "multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary(
                "Submit one site (JSON) or a batch file (multipart 'file': .csv, .xlsx, .geojson). An Idempotency-Key header makes a retry (the same key with the same bytes) return the first batch, and the same key with other content a 422; ?where=true adds, for each site that does not conform, the nearest point within 1 km where it would (batches of up to 1,000 rows: a larger batch with ?where=true is a 400 naming where)."
            );
        api.MapGet("/", ListSubmissionsAsync)
            .RequireAuthorization(Roles.SubmitsOrReviews)
            .ProducesValidationProblem()
            .WithSummary(
                "Batches the caller may see, newest first, each with its status and verdict counts: a carrier its own; appraisers every carrier's (?status=pending: those awaiting a decision, oldest first). Paged: ?offset (default 0) and ?limit (default 50, at most 500); X-Total-Count gives the number of batches in all, and a Link header rel=\"next\" (RFC 8288) the next page while there is one."
            );
        api.MapGet("/{id:long}", GetSubmissionAsync)
            .RequireAuthorization(Roles.SubmitsOrReviews)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "A batch: every row, every rule's outcome with measured value, threshold, deciding feature and messages (Accept-Language: en for English first)."
            );
        api.MapGet("/{id:long}/results.xlsx", GetResultsWorkbookAsync)
            .RequireAuthorization(Roles.SubmitsOrReviews)
            .Produces(StatusCodes.Status200OK, contentType: SubmissionResultsFile.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "A batch's results as an Excel workbook: a row per site with its verdict, deciding rules, reasons and commune (overrides applied), and a sheet with the plan and the counts; Vietnamese unless Accept-Language asks for English. A carrier its own batches."
            );
        api.MapPost("/{id:long}/overrides", OverrideRuleAsync)
            .RequireAuthorization(Roles.Reviews)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Override one rule's outcome on one row, with a written reason (appraisers).");
        api.MapPost("/{id:long}/decision", DecideAsync)
            .RequireAuthorization(Roles.Reviews)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Decide a batch: approved or refused, with a written reason (appraisers).");
        return api;
    }

    /// <summary>Reads the body here (one site as JSON, or a multipart batch file), then sends the rows to <see cref="SubmitSitesHandler"/>.</summary>
    public static async Task<Results<Created<SubmissionDetail>, Ok<SubmissionDetail>, ProblemHttpResult>> SubmitAsync(
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        DueDates due,
        [Microsoft.AspNetCore.Mvc.FromServices] Hosting.CurrentPlan current,
        CancellationToken ct
    )
    {
        var carrier = user.Carrier!;
        // VN-2000 X/Y rows are read through the plan's transformation (EPSG:6960 unless plan.json chose EPSG:5194).
        var transformation = current.Plan.Province.Transformation;
        var key = request.Headers["Idempotency-Key"].ToString().Trim();
        if (key.Length == 0)
            key = Guid.NewGuid().ToString("N");

        IReadOnlyList<SubmissionRow> rows;
        string contentHash;
        IncomingInput? incoming;
        var single = !request.HasFormContentType;
        if (!single)
        {
            var file = await MultipartFile.ReadAsync(request, "Send the batch as a multipart field named 'file'.", ct);
            (rows, contentHash) = await BatchFile.ReadAsync(file, carrier, ct, transformation);
            incoming = IncomingInput.FromForm(await request.ReadFormAsync(ct));
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            // Buffered (the request size limit bounds it) so that the key is kept with the hash of exactly what was sent.
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
            contentHash = SubmissionContent.HashOf(bytes.Span);
            var site = SiteJson.Parse(bytes);
            rows = [SiteJson.Read(site, 1, carrier, transformation)];
            incoming = IncomingInput.FromJson(site);
        }
        else
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send one site as application/json or a batch file as multipart/form-data.",
                // The map shows a Vietnamese reader the detail in place of the English title.
                detail: Language.PrefersEnglish(request)
                    ? "Send one site as application/json or a batch file (.csv, .xlsx, .geojson) as multipart/form-data."
                    : "Gửi một trạm dưới dạng JSON, hoặc tệp danh sách trạm (.csv, .xlsx, .geojson) dưới dạng multipart/form-data (trường 'file')."
            );
        }

        rows = [.. rows.Select(r => OwnCarrier.Check(r, carrier))];
        var where = request.Query["where"].ToString() is "true" or "1";
        var receipt = await mediator.Send(new SubmitSites(user, key, rows, single, where, contentHash, incoming), ct);
        var detail = SubmissionDetail.From(Dossier.New(receipt.Submission, receipt.Rows), due, Language.PrefersEnglish(request), user);
        return receipt.Created ? TypedResults.Created($"/api/submissions/{receipt.Submission.Id}", detail) : TypedResults.Ok(detail);
    }

    /// <summary>The page as a JSON array (the shape the map has always read), with the total and the next page in headers.</summary>
    public static async Task<Ok<IReadOnlyList<SubmissionSummary>>> ListSubmissionsAsync(
        string? status,
        int? offset,
        int? limit,
        HttpContext context,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var page = await mediator.Send(
            new ListSubmissions(user, status, offset ?? 0, limit ?? ListSubmissions.DefaultLimit, Language.PrefersEnglish(context.Request)),
            ct
        );
        var headers = context.Response.Headers;
        headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        // Relative references (RFC 8288 §3.1 resolves them against the request's URI): no Host header is ever echoed back.
        if (page.Offset + page.Items.Count < page.Total)
            links.Add($"<{PageLink(context.Request, status, page.Offset + page.Limit, page.Limit)}>; rel=\"next\"");
        if (page.Offset > 0)
            links.Add($"<{PageLink(context.Request, status, Math.Max(0, page.Offset - page.Limit), page.Limit)}>; rel=\"prev\"");
        if (links.Count > 0)
            headers.Link = string.Join(", ", links);
        return TypedResults.Ok(page.Items);
    }

    private static string PageLink(HttpRequest request, string? status, int offset, int limit)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = status,
            ["offset"] = offset.ToString(CultureInfo.InvariantCulture),
            ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            $"{request.PathBase}{request.Path}",
            query.Where(q => q.Value is not null)
        );
    }

    public static async Task<Ok<SubmissionDetail>> GetSubmissionAsync(
        long id,
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new GetSubmission(user, id, Language.PrefersEnglish(request)), ct));

    public static async Task<FileContentHttpResult> GetResultsWorkbookAsync(
        long id,
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var file = await mediator.Send(new GetSubmissionResultsWorkbook(user, id, Language.PrefersEnglish(request)), ct);
        return TypedResults.File(file.Content, SubmissionResultsFile.ContentType, file.FileName);
    }

    public static async Task<Created<DecisionView>> OverrideRuleAsync(
        long id,
        OverrideInput input,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Created($"/api/submissions/{id}", await mediator.Send(new OverrideRule(user, id, input), ct));

    public static async Task<Created<DecisionView>> DecideAsync(
        long id,
        DecisionInput input,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Created($"/api/submissions/{id}", await mediator.Send(new DecideSubmission(user, id, input), ct));
}
