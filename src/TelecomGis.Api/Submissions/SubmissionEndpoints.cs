using Mediator;
using TelecomGis.Api.Appraisals;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Submissions;

public static class SubmissionEndpoints
{
    public static void MapSubmissionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/submissions").WithTags("Submissions");

        group.MapPost("/", Submit)
            .RequireAuthorization(Roles.Submits)
            .DisableAntiforgery()
            // A batch of thousands of rows is a few megabytes; Kestrel's 30 MB default is more than any dossier needs.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(16 * 1024 * 1024))
            // One Accepts: each call replaces the last, and routing refuses content types it does not list.
            .Accepts<SiteInput>("application/json", "multipart/form-data")
            .Produces<SubmissionDetail>(StatusCodes.Status201Created)
            .Produces<SubmissionDetail>()
            .ProducesValidationProblem()
            .WithSummary("Submit one site (JSON) or a batch file (multipart 'file': .csv, .xlsx, .geojson). An Idempotency-Key header makes a retry return the first batch; ?where=true adds, for each site that does not conform, the nearest point within 1 km where it would.");

        group.MapGet("/", async (string? status, HttpContext context, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new ListSubmissions(ApiUser.From(context.User)!, status), ct)))
            .RequireAuthorization(Roles.SubmitsOrReviews)
            .Produces<IReadOnlyList<SubmissionSummary>>()
            .WithSummary("Batches the caller may see: a carrier its own; appraisers every carrier's (?status=pending for those awaiting a decision).");

        group.MapGet("/{id:long}", async (long id, HttpContext context, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetSubmission(ApiUser.From(context.User)!, id, Language.PrefersEnglish(context.Request)), ct) is { } detail
                    ? Results.Ok(detail)
                    : NotFound(id))
            .RequireAuthorization(Roles.SubmitsOrReviews)
            .Produces<SubmissionDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A batch: every row, every rule's outcome with measured value, threshold, deciding feature and messages (Accept-Language: en for English first).");

        group.MapPost("/{id:long}/overrides", async (long id, OverrideInput input, HttpContext context, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new OverrideRule(ApiUser.From(context.User)!, id, input), ct) is { } saved
                    ? Results.Created($"/api/submissions/{id}", saved)
                    : NotFound(id))
            .RequireAuthorization(Roles.Reviews)
            .Produces<DecisionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Override one rule's outcome on one row, with a written reason (appraisers).");

        group.MapPost("/{id:long}/decision", async (long id, DecisionInput input, HttpContext context, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new DecideSubmission(ApiUser.From(context.User)!, id, input), ct) is { } saved
                    ? Results.Created($"/api/submissions/{id}", saved)
                    : NotFound(id))
            .RequireAuthorization(Roles.Reviews)
            .Produces<DecisionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Decide a batch: approved or refused, with a written reason (appraisers).");
    }

    private static IResult NotFound(long id) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No submission {id} that you may see.");

    private static async Task<IResult> Submit(HttpContext context, IMediator mediator, CancellationToken ct)
    {
        var user = ApiUser.From(context.User)!;
        var carrier = user.Carrier!;
        var key = context.Request.Headers["Idempotency-Key"].ToString().Trim();
        if (key.Length == 0) key = Guid.NewGuid().ToString("N");

        IReadOnlyList<SubmissionRow> rows;
        var single = !context.Request.HasFormContentType;
        if (!single)
        {
            var file = await MultipartFile.ReadAsync(context.Request, "Send the batch as a multipart field named 'file'.", ct);
            rows = await BatchFile.ReadAsync(file, carrier, ct);
        }
        else if (context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            rows = [SiteJson.Read(await SiteJson.ReadBodyAsync(context.Request, ct), 1, carrier)];
        }
        else
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send one site as application/json or a batch file as multipart/form-data.");
        }

        rows = [.. rows.Select(r => OwnCarrier.Check(r, carrier))];
        var where = context.Request.Query["where"].ToString() is "true" or "1";
        var receipt = await mediator.Send(new SubmitSites(user, key, rows, single, where), ct);
        var detail = SubmissionDetail.From(receipt.Submission, receipt.Rows, [], Language.PrefersEnglish(context.Request));
        return receipt.Created ? Results.Created($"/api/submissions/{receipt.Submission.Id}", detail) : Results.Ok(detail);
    }
}
