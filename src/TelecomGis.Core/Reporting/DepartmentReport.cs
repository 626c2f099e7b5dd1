namespace TelecomGis.Core.Reporting;

/// <summary>
/// The telecom section of a department's periodic report: every table for the period with the same period a year earlier, and
/// the headline sentences the seeds write ("Trong 9 tháng đầu năm 2015, Sở đã tiếp nhận 279 hồ sơ …").
/// </summary>
/// <param name="Province">The province's name, e.g. "Quảng Ninh".</param>
/// <param name="Department">The department that reports, as the plan names it.</param>
/// <param name="AsOf">The day the figures are read as of: the period's end, or, for a period still in progress, the day the
/// report was made.</param>
public sealed record DepartmentReport(
    ReportPeriod Period,
    string Province,
    string Department,
    DateOnly AsOf,
    IReadOnlyList<ReportTable> Tables
)
{
    public ReportTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// A report made before its period ended: its figures are provisional ("số liệu tạm tính") up to <see cref="AsOf"/>, and the
    /// year-earlier column still covers that whole period.
    /// </summary>
    public bool Provisional => AsOf < Period.End;

    /// <summary>The value of a figure for the period (null when the table or the figure is missing).</summary>
    public double? Value(string tableId, string key) => Table(tableId)?[key]?.Current;
}
