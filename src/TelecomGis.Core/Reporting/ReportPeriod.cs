using System.Globalization;

namespace TelecomGis.Core.Reporting;

/// <summary>How long a report period runs: a quarter, the first six or nine months, or the whole year.</summary>
public enum ReportPeriodKind
{
    Quarter,
    HalfYear,
    NineMonths,
    Year,
}

/// <summary>
/// The period a department reports on, as its reports to the provincial People's Committee name them: "2026-Q3" (quý III),
/// "2026-H1" (6 tháng đầu năm), "2026-9M" (9 tháng đầu năm) or "2026" (năm). Dates are inclusive calendar days of the
/// department (UTC+7); the comparison is always the same period a year earlier.
/// </summary>
public sealed record ReportPeriod(int Year, ReportPeriodKind Kind, int Quarter = 0)
{
    public DateOnly Start => Kind == ReportPeriodKind.Quarter ? new DateOnly(Year, (Quarter - 1) * 3 + 1, 1) : new DateOnly(Year, 1, 1);

    public DateOnly End =>
        Kind switch
        {
            ReportPeriodKind.Quarter => new DateOnly(Year, Quarter * 3, 1).AddMonths(1).AddDays(-1),
            ReportPeriodKind.HalfYear => new DateOnly(Year, 6, 30),
            ReportPeriodKind.NineMonths => new DateOnly(Year, 9, 30),
            _ => new DateOnly(Year, 12, 31),
        };

    /// <summary>The same period a year earlier: the report's comparison column ("cùng kỳ năm trước").</summary>
    public ReportPeriod YearEarlier => this with { Year = Year - 1 };

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The code the CLI and the API take: 2026-Q3, 2026-H1, 2026-9M, 2026.</summary>
    public string Code =>
        Kind switch
        {
            ReportPeriodKind.Quarter => $"{Year}-Q{Quarter}",
            ReportPeriodKind.HalfYear => $"{Year}-H1",
            ReportPeriodKind.NineMonths => $"{Year}-9M",
            _ => Year.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>"quý III năm 2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "năm 2026".</summary>
    public string Vietnamese =>
        Kind switch
        {
            ReportPeriodKind.Quarter => $"quý {Roman(Quarter)} năm {Year}",
            ReportPeriodKind.HalfYear => $"6 tháng đầu năm {Year}",
            ReportPeriodKind.NineMonths => $"9 tháng đầu năm {Year}",
            _ => $"năm {Year}",
        };

    public string English =>
        Kind switch
        {
            ReportPeriodKind.Quarter => $"Q{Quarter} {Year}",
            ReportPeriodKind.HalfYear => $"first half of {Year}",
            ReportPeriodKind.NineMonths => $"first nine months of {Year}",
            _ => $"the year {Year}",
        };

    /// <summary>
    /// Why the period has nothing to report on <paramref name="today"/>, when it has not begun: "năm 2027 chưa bắt đầu (từ ngày
    /// 01/01/2027), chưa có số liệu nào để báo cáo."; null once it has. The CLI and the API refuse such a period with it.
    /// </summary>
    public (string Vi, string En)? NotBegunBy(DateOnly today) =>
        Start > today
            ? (
                $"{Vietnamese} chưa bắt đầu (từ ngày {Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}), chưa có số liệu nào để báo cáo.",
                $"{English} has not begun (it starts on {Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); there are no figures to report."
            )
            : null;

    /// <summary>Reads a period code; null when the text is none of the four forms or the year is outside 2000–2100.</summary>
    public static ReportPeriod? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim().ToUpperInvariant();
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        var yearText = dash < 0 ? t : t[..dash];
        if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return null;
        if (year is < 2000 or > 2100)
            return null;
        if (dash < 0)
            return new ReportPeriod(year, ReportPeriodKind.Year);
        return t[(dash + 1)..] switch
        {
            "Q1" => new ReportPeriod(year, ReportPeriodKind.Quarter, 1),
            "Q2" => new ReportPeriod(year, ReportPeriodKind.Quarter, 2),
            "Q3" => new ReportPeriod(year, ReportPeriodKind.Quarter, 3),
            "Q4" => new ReportPeriod(year, ReportPeriodKind.Quarter, 4),
            "H1" => new ReportPeriod(year, ReportPeriodKind.HalfYear),
            "9M" => new ReportPeriod(year, ReportPeriodKind.NineMonths),
            _ => null,
        };
    }

    private static string Roman(int quarter) =>
        quarter switch
        {
            1 => "I",
            2 => "II",
            3 => "III",
            _ => "IV",
        };
}
