using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;
using TelecomGis.Api.Appraisals;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Register;

namespace TelecomGis.Api.Register;

/// <summary>The infrastructure register (issue 11): structures by box, one structure with its history, counts, inspections.</summary>
public static class RegisterEndpoints
{
    public static RouteGroupBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var register = app.MapGroup("/register").WithTags("Register").RequireAuthorization(Roles.AssessesPlans);
        register
            .MapGet("/structures", ListAsync)
            .ProducesValidationProblem()
            .WithSummary(
                "Structures in ?bbox=minLon,minLat,maxLon,maxLat (WGS 84) as of ?as_of (ISO 8601; now by default), dismantled ones left out."
            );
        register
            .MapGet("/structures/{id}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "One structure: its installations, status, approval (letter number and date), history (append-only events) and inspections."
            );
        register
            .MapGet("/counts", CountAsync)
            .WithSummary(
                "Structures on the ground, BTS (installations, one per carrier and technology) in all and per technology, approved not built, unpermitted."
            );
        register
            .MapGet("/violations", ViolationsAsync)
            .WithSummary("Open violations found by inspections, oldest deadline first, each marked overdue or not.");
        register
            .MapPost("/inspections", InspectAsync)
            .RequireAuthorization(Roles.Reviews)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Record an inspection: structure_id, inspected_on, inspectors, findings, outcome (compliant|violation), rule_id, penalty_number, penalty_date, deadline."
            );
        return register;
    }

    private static async Task<Ok<IReadOnlyList<StructureView>>> ListAsync(
        HttpContext context,
        IMediator mediator,
        string? bbox,
        string? as_of,
        CancellationToken cancellationToken
    ) =>
        TypedResults.Ok(
            await mediator.Send(new ListStructures(Box(bbox), AsOf(as_of), Language.PrefersEnglish(context.Request)), cancellationToken)
        );

    private static async Task<Ok<StructureRecord>> GetAsync(
        HttpContext context,
        ApiUser user,
        IMediator mediator,
        string id,
        string? as_of,
        CancellationToken cancellationToken
    ) =>
        TypedResults.Ok(
            await mediator.Send(new GetStructure(user, id, AsOf(as_of), Language.PrefersEnglish(context.Request)), cancellationToken)
        );

    private static async Task<Ok<RegisterCountsView>> CountAsync(IMediator mediator, string? as_of, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CountRegister(AsOf(as_of)), cancellationToken));

    private static async Task<Ok<IReadOnlyList<OpenViolation>>> ViolationsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListOpenViolations(), cancellationToken));

    private static async Task<Created<Inspection>> InspectAsync(
        ApiUser user,
        IMediator mediator,
        InspectionInput input,
        CancellationToken cancellationToken
    )
    {
        var saved = await mediator.Send(new RecordInspection(user, input), cancellationToken);
        return TypedResults.Created($"/api/register/structures/{Uri.EscapeDataString(saved.StructureId)}", saved);
    }

    private static Envelope Box(string? bbox)
    {
        var parts = (bbox ?? "").Split(',');
        if (
            parts.Length == 4
            && parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray()
                is [var minX, var minY, var maxX, var maxY]
            && new[] { minX, minY, maxX, maxY }.All(double.IsFinite)
            && minX <= maxX
            && minY <= maxY
        )
            return new Envelope(minX, maxX, minY, maxY);
        throw RequestValidationException.For(
            "bbox",
            "bbox is minLon,minLat,maxLon,maxLat in WGS 84 degrees, e.g. 107.0,20.9,107.2,21.1.",
            "bbox là kinh độ nhỏ nhất, vĩ độ nhỏ nhất, kinh độ lớn nhất, vĩ độ lớn nhất (WGS 84), ví dụ 107.0,20.9,107.2,21.1."
        );
    }

    private static DateTimeOffset? AsOf(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw RequestValidationException.For(
            "as_of",
            "as_of is an ISO 8601 instant or date, e.g. 2026-11-02 or 2026-11-02T10:00:00+07:00.",
            "as_of là thời điểm theo ISO 8601, ví dụ 2026-11-02 hoặc 2026-11-02T10:00:00+07:00."
        );
}
