namespace TelecomGis.Core.Reporting;

/// <summary>
/// One line of a department's table: TT | Chỉ tiêu | Đơn vị | Kỳ báo cáo | Cùng kỳ năm trước | So sánh %. The comparison is the
/// report period's value as a percentage of the year-earlier one (how the provincial reports write "so sánh cùng kỳ": 105% is a
/// rise of 5%); null when either value is missing or the earlier one is 0.
/// </summary>
public sealed record ReportLine(
    string Key,
    string Number,
    string LabelVi,
    string LabelEn,
    string UnitVi,
    double? Current,
    double? YearEarlier,
    FigureFormat Format,
    bool IsTotal
)
{
    public double? ComparisonPercent =>
        Current is { } now && YearEarlier is { } before && before != 0 && Format != FigureFormat.Percent ? now / before * 100 : null;

    /// <summary>For percentages: the change in percentage points, since a ratio of ratios reads badly.</summary>
    public double? ChangePoints => Format == FigureFormat.Percent && Current is { } now && YearEarlier is { } before ? now - before : null;
}
