namespace TelecomGis.Core.Reporting;

/// <summary>How a figure is written: a whole count, a measure with decimals, or a percentage.</summary>
public enum FigureFormat
{
    Count,
    Decimal,
    Percent,
}

/// <summary>
/// One figure of a table as computed for one date: its key (to pair it with the same figure a year earlier), its number in the
/// table (TT: "1", "1.2"), its label and unit in Vietnamese and English, and its value (null: not computable, e.g. a median of
/// nothing).
/// </summary>
/// <param name="IsTotal">A total or head line: set in bold.</param>
public sealed record ReportFigure(
    string Key,
    string Number,
    string LabelVi,
    string LabelEn,
    string UnitVi,
    double? Value,
    FigureFormat Format = FigureFormat.Count,
    bool IsTotal = false
);
