using Mediator;
using Microsoft.Extensions.Options;
using TelecomGis.Api.Analysis;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Reporting;
using TelecomGis.Reports.Periodic;
using TelecomGis.Storage.Reporting;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Reports;

/// <summary>The department's periodic report for a period (2026-Q3, 2026-H1, 2026-9M, 2026) as .xlsx, .docx or JSON.</summary>
public sealed record GetDepartmentReport(ApiUser User, string? Period, string? Format) : IRequest<ReportFile>, IValidated
{
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "docx", "json"];

    public IEnumerable<FieldError> Validate()
    {
        if (ReportPeriod.TryParse(Period) is null)
            yield return new FieldError(
                "period",
                "period must be a quarter (2026-Q3), the first half (2026-H1), the first nine months (2026-9M) or a year (2026).",
                "Kỳ báo cáo phải là quý (2026-Q3), 6 tháng (2026-H1), 9 tháng (2026-9M) hoặc năm (2026)."
            );
        if (Format is not null && !Formats.Contains(Format, StringComparer.OrdinalIgnoreCase))
            yield return new FieldError("format", "format must be xlsx, docx or json.", "Định dạng phải là xlsx, docx hoặc json.");
    }
}

/// <summary>The report as a file to download.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Reads the store as of the period's end, or today for a period in progress (and a year earlier) against the current plan, with the desk's working days and
/// holidays, and writes the report in the format asked for (<see cref="DepartmentReportReader"/>).
/// </summary>
public sealed class DepartmentReportHandler(
    IAppraisalStore store,
    CurrentPlan current,
    IOptions<DeskOptions> desk,
    CoverageJobs coverage,
    TimeProvider clock
) : IRequestHandler<GetDepartmentReport, ReportFile>
{
    public const string XlsxType = TelecomGis.Reports.Spreadsheets.XlsxTableWriter.ContentType;
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string JsonType = "application/json";

    public async ValueTask<ReportFile> Handle(GetDepartmentReport request, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.TryParse(request.Period)!;
        // As the CLI's report: a period not yet begun has nothing to report; one in progress is read as of today, provisional.
        var today = VietnamTime.DayOf(clock.GetUtcNow());
        if (period.NotBegunBy(today) is { } notBegun)
        {
            // The Vietnamese is a sentence of its own here, not after "--period:": it opens with a capital.
            throw new RequestValidationException([
                new FieldError("period", notBegun.En, $"{char.ToUpperInvariant(notBegun.Vi[0])}{notBegun.Vi[1..]}"),
            ]);
        }
        var report = await DepartmentReportReader.ReadAsync(
            store,
            current.Plan,
            period,
            today,
            ShippedHolidays.Calendar(desk.Value.Holidays),
            desk.Value.WorkingDays,
            await LatestCoverageAsync(cancellationToken),
            cancellationToken
        );
        var name = $"bao-cao-{period.Code}";
        return (request.Format ?? "json").ToLowerInvariant() switch
        {
            "xlsx" => new ReportFile(XlsxReportWriter.Write(report), XlsxType, name + ".xlsx"),
            "docx" => new ReportFile(DocxReportWriter.Write(report), DocxType, name + ".docx"),
            _ => new ReportFile(JsonReportWriter.Write(report), JsonType, name + ".json"),
        };
    }

    /// <summary>
    /// The deployment's latest finished coverage run still kept in the store (<see cref="CoverageJobs"/>), as the report's coverage
    /// table: its stored rows with the current plan's communes of the run's day.
    /// </summary>
    private async Task<LatestCoverage?> LatestCoverageAsync(CancellationToken cancellationToken)
    {
        if (await coverage.LatestFinishedAsync(store, cancellationToken) is not { } job)
            return null;
        byte[] file;
        try
        {
            file = await coverage.ResultAsync(job.Id, CoverageResultFiles.Communes, store, cancellationToken);
        }
        catch (CoverageRunExpiredException)
        {
            // Released between the two reads: the report says it has no run, as it would a moment later.
            return null;
        }
        var parameters = CoverageJobParameters.Read(job.Parameters);
        var communes = current
            .Plan.Communes.Where(c => c.Validity.Contains(parameters.CommunesOn))
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rows = CoverageResultFiles.ReadCommunes(file).Select(r => r.With(communes)).OfType<CommuneCoverage>().ToList();
        var on = job.EndedAt?.ToOffset(desk.Value.UtcOffset).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            ?? "";
        var resolution = parameters.ResolutionM.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        return new LatestCoverage(rows, $"lưới {resolution} m, tính lúc {on}", $"{resolution} m grid, run at {on}");
    }
}
