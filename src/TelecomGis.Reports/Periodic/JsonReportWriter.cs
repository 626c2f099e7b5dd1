using System.Text.Encodings.Web;
using System.Text.Json;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Reports.Periodic;

/// <summary>The report as JSON: every table and every figure with its year-earlier value and comparison, plus the notes.</summary>
public static class JsonReportWriter
{
    // Vietnamese text stays readable in the file instead of \u escapes.
    private static readonly ReportJsonContext Json = new(
        new JsonSerializerOptions(ReportJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
    );

    /// <summary>The report as the API and the dashboard read it.</summary>
    internal static ReportJson Shape(DepartmentReport r) =>
        new(
            new ReportJsonPeriod(
                r.Period.Code,
                r.Period.Vietnamese,
                r.Period.English,
                r.Period.Start,
                r.Period.End,
                new ReportJsonYearEarlier(r.Period.YearEarlier.Code, r.Period.YearEarlier.Start, r.Period.YearEarlier.End)
            ),
            r.Province,
            r.Department,
            r.AsOf,
            r.Provisional,
            [ReportSentences.Appraisals(r), ReportSentences.Structures(r), ReportSentences.Fiber(r), ReportSentences.Postal(r)],
            r.Tables.Select(t => new ReportJsonTable(
                t.Id,
                t.TitleVi,
                t.TitleEn,
                t.SourceVi,
                t.SourceEn,
                t.NoDataVi,
                t.NoDataEn,
                t.Lines.Select(l => new ReportJsonLine(
                    l.Key,
                    l.Number,
                    l.LabelVi,
                    l.LabelEn,
                    l.UnitVi,
                    Finite(l.Current),
                    Finite(l.YearEarlier),
                    Finite(l.ComparisonPercent),
                    Finite(l.ChangePoints),
                    l.Format.ToString().ToLowerInvariant(),
                    l.IsTotal
                ))
            )),
            ReportNotes.Vietnamese,
            ReportNotes.English
        );

    public static byte[] Write(DepartmentReport report) => JsonSerializer.SerializeToUtf8Bytes(Shape(report), Json.ReportJson);

    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? Math.Round(x, 4) : null;
}
