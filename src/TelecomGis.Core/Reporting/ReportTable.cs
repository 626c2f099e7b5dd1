namespace TelecomGis.Core.Reporting;

/// <summary>
/// One table of the report (one sheet of the workbook): its title, its lines with the year-earlier column, and where its figures
/// come from. A table without data says so in <see cref="NoDataVi"/> and has no lines: no figure is ever made up.
/// </summary>
/// <param name="Id">A short name for the sheet and the JSON, e.g. "tham-dinh".</param>
/// <param name="SourceVi">The source of the figures, for the notes sheet.</param>
/// <param name="NoDataVi">Why the table is empty ("Chưa có dữ liệu: …"), else null.</param>
public sealed record ReportTable(
    string Id,
    string TitleVi,
    string TitleEn,
    IReadOnlyList<ReportLine> Lines,
    string SourceVi,
    string SourceEn,
    string? NoDataVi = null,
    string? NoDataEn = null
)
{
    public bool HasData => NoDataVi is null;

    public ReportLine? this[string key] => Lines.FirstOrDefault(l => l.Key == key);

    /// <summary>Pairs the figures computed for the period's end with those a year earlier by key, in the period's order, then
    /// any figure only the earlier date had (a carrier that has since left, a former district).</summary>
    public static IReadOnlyList<ReportLine> Compare(IEnumerable<ReportFigure> current, IEnumerable<ReportFigure> yearEarlier)
    {
        var now = current.ToList();
        var before = yearEarlier.ToList();
        var earlierByKey = before.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var lines = now.Select(f => Line(f, f.Value, earlierByKey.GetValueOrDefault(f.Key)?.Value)).ToList();
        var seen = now.Select(f => f.Key).ToHashSet();
        lines.AddRange(before.Where(f => seen.Add(f.Key)).Select(f => Line(f, null, f.Value)));
        return lines;
    }

    /// <summary>A table with no lines and the reason there is no data.</summary>
    public static ReportTable Empty(string id, string titleVi, string titleEn, string noDataVi, string noDataEn) =>
        new(id, titleVi, titleEn, [], noDataVi, noDataEn, noDataVi, noDataEn);

    private static ReportLine Line(ReportFigure f, double? current, double? earlier) =>
        new(f.Key, f.Number, f.LabelVi, f.LabelEn, f.UnitVi, current, earlier, f.Format, f.IsTotal);
}
