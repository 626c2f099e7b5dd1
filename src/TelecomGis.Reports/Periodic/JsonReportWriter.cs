using System.Text.Encodings.Web;
using System.Text.Json;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Reports.Periodic;

/// <summary>The report as JSON: every table and every figure with its year-earlier value and comparison, plus the notes.</summary>
public static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The report as the API and the dashboard read it.</summary>
    public static object Shape(DepartmentReport r) =>
        new
        {
            period = new
            {
                code = r.Period.Code,
                vi = r.Period.Vietnamese,
                en = r.Period.English,
                start = r.Period.Start,
                end = r.Period.End,
                yearEarlier = new
                {
                    code = r.Period.YearEarlier.Code,
                    start = r.Period.YearEarlier.Start,
                    end = r.Period.YearEarlier.End,
                },
            },
            province = r.Province,
            department = r.Department,
            asOf = r.AsOf,
            provisional = r.Provisional,
            summaryVi = new[]
            {
                ReportSentences.Appraisals(r),
                ReportSentences.Structures(r),
                ReportSentences.Fiber(r),
                ReportSentences.Postal(r),
            },
            tables = r.Tables.Select(t => new
            {
                id = t.Id,
                titleVi = t.TitleVi,
                titleEn = t.TitleEn,
                sourceVi = t.SourceVi,
                sourceEn = t.SourceEn,
                noDataVi = t.NoDataVi,
                noDataEn = t.NoDataEn,
                lines = t.Lines.Select(l => new
                {
                    key = l.Key,
                    number = l.Number,
                    labelVi = l.LabelVi,
                    labelEn = l.LabelEn,
                    unitVi = l.UnitVi,
                    current = Finite(l.Current),
                    yearEarlier = Finite(l.YearEarlier),
                    comparisonPercent = Finite(l.ComparisonPercent),
                    changePoints = Finite(l.ChangePoints),
                    format = l.Format.ToString().ToLowerInvariant(),
                    isTotal = l.IsTotal,
                }),
            }),
            notesVi = ReportNotes.Vietnamese,
            notesEn = ReportNotes.English,
        };

    public static byte[] Write(DepartmentReport report) => JsonSerializer.SerializeToUtf8Bytes(Shape(report), Options);

    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? Math.Round(x, 4) : null;
}
