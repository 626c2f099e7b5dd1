namespace TelecomGis.Reports.Periodic;

/// <summary>
/// The report's JSON document (<see cref="JsonReportWriter"/>) as the API and the dashboard read it, its properties in the file's
/// order; the names are camel-cased when written (<see cref="ReportJsonContext"/>).
/// </summary>
internal sealed record ReportJson(
    ReportJsonPeriod Period,
    string Province,
    string Department,
    DateOnly AsOf,
    bool Provisional,
    IReadOnlyList<string> SummaryVi,
    IEnumerable<ReportJsonTable> Tables,
    IReadOnlyList<string> NotesVi,
    IReadOnlyList<string> NotesEn
);

/// <summary>The period reported on, named in both languages, with the same period a year earlier.</summary>
internal sealed record ReportJsonPeriod(string Code, string Vi, string En, DateOnly Start, DateOnly End, ReportJsonYearEarlier YearEarlier);

internal sealed record ReportJsonYearEarlier(string Code, DateOnly Start, DateOnly End);

/// <summary>One table: its titles, sources and why it has no data (else null), and its lines.</summary>
internal sealed record ReportJsonTable(
    string Id,
    string TitleVi,
    string TitleEn,
    string SourceVi,
    string SourceEn,
    string? NoDataVi,
    string? NoDataEn,
    IEnumerable<ReportJsonLine> Lines
);

/// <summary>One line of a table; a figure that is missing or not finite is null.</summary>
/// <param name="Format">count, decimal or percent.</param>
internal sealed record ReportJsonLine(
    string Key,
    string Number,
    string LabelVi,
    string LabelEn,
    string UnitVi,
    double? Current,
    double? YearEarlier,
    double? ComparisonPercent,
    double? ChangePoints,
    string Format,
    bool IsTotal
);
