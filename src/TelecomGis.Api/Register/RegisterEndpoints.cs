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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Structures in ?bbox=minLon,minLat,maxLon,maxLat (WGS 84) and/or ?commune=CODE (a commune since 1 July 2025) as of ?as_of (ISO 8601; now by default), dismantled ones left out; ?carrier=, ?status= (proposed|approved|built|in_operation|existing_before_plan|unpermitted), ?conformity=conforming|nonconforming (against the current plan), ?legal=lacking (standing with neither an approval nor a construction permit or exemption)."
            );
        register
            .MapGet("/nonconforming", NonconformingAsync)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status200OK, contentType: NonconformingFile.CsvType, additionalContentTypes: [NonconformingFile.XlsxType])
            .WithSummary(
                "Every structure of the register held against the current plan: the failing rules with their reasons and the roadmap's deadline, grouped by rule and deadline (?sort=deadline|rule, ?rule=R06); ?format=csv or xlsx for a spreadsheet with Vietnamese headers (the workbook with numbers as numbers)."
            );
        register
            .MapGet("/unpermitted", UnpermittedAsync)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Structures found standing with no matching approval, latest finding first, with the source that found them; ?commune=, ?carrier=."
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
        register
            .MapPost("/structures/{id}/permits", RecordPermitAsync)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Record a structure's construction permit (kind=permit: permit_number, permit_date, issued_by) or the exemption it relies on (kind=exemption: exemption=lxd-89-2-dd|ttlt15-5-2-a|ttlt15-5-2-b, or other with citation); appended, the latest in force."
            );
        return register;
    }

    private static async Task<Ok<IReadOnlyList<StructureView>>> ListAsync(
        HttpContext context,
        IMediator mediator,
        string? bbox,
        string? commune,
        string? carrier,
        string? status,
        string? conformity,
        string? as_of,
        string? legal,
        CancellationToken cancellationToken
    )
    {
        var code = Blank(commune);
        if (bbox is null && code is null)
            throw RequestValidationException.For(
                "bbox",
                "Give ?bbox=minLon,minLat,maxLon,maxLat or ?commune=CODE (or both).",
                "Cần ghi vùng cần xem (?bbox=kinh độ, vĩ độ nhỏ nhất, kinh độ, vĩ độ lớn nhất) hoặc mã xã, phường (?commune=)."
            );
        var filter = new StructureFilter(Blank(carrier), Status(status), Conformity(conformity));
        return TypedResults.Ok(
            await mediator.Send(
                new ListStructures(
                    bbox is null ? null : Box(bbox),
                    code,
                    filter,
                    AsOf(as_of),
                    Language.PrefersEnglish(context.Request),
                    LacksPapers(legal)
                ),
                cancellationToken
            )
        );
    }

    private static async Task<Results<Ok<NonconformingListView>, FileContentHttpResult>> NonconformingAsync(
        HttpContext context,
        IMediator mediator,
        string? sort,
        string? rule,
        string? format,
        CancellationToken cancellationToken
    )
    {
        var byRule = sort switch
        {
            null or "deadline" => false,
            "rule" => true,
            _ => throw RequestValidationException.For(
                "sort",
                "sort is deadline (the nearest deadline first) or rule.",
                "Cách sắp xếp là 'deadline' (thời hạn gần nhất trước) hoặc 'rule' (theo quy định)."
            ),
        };
        var file = format switch
        {
            null or "json" => null,
            "csv" or "xlsx" => format,
            _ => throw RequestValidationException.For(
                "format",
                "format is json, csv or xlsx.",
                "Định dạng là 'json', 'csv' hoặc 'xlsx' (Excel)."
            ),
        };
        // The files are the department's Vietnamese spreadsheets; the JSON follows the caller's language.
        var english = file is null && Language.PrefersEnglish(context.Request);
        var list = await mediator.Send(new ListNonconforming(byRule, Blank(rule)?.ToUpperInvariant(), english), cancellationToken);
        return file switch
        {
            "csv" => TypedResults.File(NonconformingFile.Csv(list), NonconformingFile.CsvType, NonconformingFile.FileName(list, "csv")),
            "xlsx" => TypedResults.File(NonconformingFile.Xlsx(list), NonconformingFile.XlsxType, NonconformingFile.FileName(list, "xlsx")),
            _ => TypedResults.Ok(list),
        };
    }

    private static async Task<Ok<IReadOnlyList<UnpermittedView>>> UnpermittedAsync(
        HttpContext context,
        IMediator mediator,
        string? commune,
        string? carrier,
        CancellationToken cancellationToken
    ) =>
        TypedResults.Ok(
            await mediator.Send(
                new ListUnpermitted(Blank(commune), Blank(carrier), Language.PrefersEnglish(context.Request)),
                cancellationToken
            )
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

    private static async Task<Created<ConstructionPermitView>> RecordPermitAsync(
        HttpContext context,
        ApiUser user,
        IMediator mediator,
        string id,
        PermitInput input,
        CancellationToken cancellationToken
    )
    {
        var saved = await mediator.Send(new RecordPermit(user, id, input, Language.PrefersEnglish(context.Request)), cancellationToken);
        return TypedResults.Created($"/api/register/structures/{Uri.EscapeDataString(id)}", saved);
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

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static LifecycleStage? Status(string? text) =>
        Blank(text) is not { } code ? null
        : LifecycleStages.Parse(code) is { } stage && stage is not (LifecycleStage.Modified or LifecycleStage.Dismantled) ? stage
        : throw RequestValidationException.For(
            "status",
            "status is proposed, approved, built, in_operation, existing_before_plan or unpermitted (dismantled structures are not listed).",
            "Tình trạng là một trong: proposed (đề xuất), approved (đã chấp thuận), built (đã xây dựng), in_operation (đang khai thác), existing_before_plan (hiện trạng trước quy hoạch), unpermitted (không phép)."
        );

    private static bool LacksPapers(string? text) =>
        Blank(text) switch
        {
            null => false,
            "lacking" => true,
            _ => throw RequestValidationException.For(
                "legal",
                "legal is lacking (structures standing with neither an approval nor a construction permit or exemption).",
                "Tình trạng pháp lý chỉ nhận 'lacking' (vị trí đang đứng mà không có văn bản chấp thuận, giấy phép xây dựng hay căn cứ miễn giấy phép)."
            ),
        };

    private static bool? Conformity(string? text) =>
        Blank(text) switch
        {
            null => null,
            "conforming" => true,
            "nonconforming" => false,
            _ => throw RequestValidationException.For(
                "conformity",
                "conformity is conforming or nonconforming.",
                "Sự phù hợp là 'conforming' (phù hợp quy hoạch) hoặc 'nonconforming' (không phù hợp)."
            ),
        };

    private static DateTimeOffset? AsOf(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw RequestValidationException.For(
            "as_of",
            "as_of is an ISO 8601 instant or date, e.g. 2026-11-02 or 2026-11-02T10:00:00+07:00.",
            "as_of là thời điểm theo ISO 8601, ví dụ 2026-11-02 hoặc 2026-11-02T10:00:00+07:00."
        );
}
