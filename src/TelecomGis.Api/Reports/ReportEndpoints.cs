using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Auth;

namespace TelecomGis.Api.Reports;

/// <summary>The department's periodic report (<see cref="DepartmentReportHandler"/>): its own roles only, never a carrier.</summary>
public static class ReportEndpoints
{
    public static RouteHandlerBuilder MapReportsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/reports", GetReportAsync)
            .WithTags("Reports")
            .RequireAuthorization(Roles.ReadsReports)
            .Produces(
                StatusCodes.Status200OK,
                contentType: DepartmentReportHandler.JsonType,
                additionalContentTypes: [DepartmentReportHandler.XlsxType, DepartmentReportHandler.DocxType]
            )
            .ProducesValidationProblem()
            .WithSummary(
                "The department's report for a period (?period=2026-Q3|2026-H1|2026-9M|2026&format=xlsx|docx|json): appraisals, BTS, sharing, fiber, postal service, against the same period a year earlier. Appraisers, planners and admins."
            );

    public static async Task<IResult> GetReportAsync(string? period, string? format, ApiUser user, IMediator mediator, CancellationToken ct)
    {
        var file = await mediator.Send(new GetDepartmentReport(user, period, format), ct);
        return file.ContentType == DepartmentReportHandler.JsonType
            ? TypedResults.Bytes(file.Content, file.ContentType)
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
