using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

public class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30", "2025-07-01", "2025-09-30", "quý III năm 2026")]
    [InlineData("2026-q1", "2026-01-01", "2026-03-31", "2025-01-01", "2025-03-31", "quý I năm 2026")]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31", "2023-10-01", "2023-12-31", "quý IV năm 2024")]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30", "2025-01-01", "2025-06-30", "6 tháng đầu năm 2026")]
    [InlineData("2015-9M", "2015-01-01", "2015-09-30", "2014-01-01", "2014-09-30", "9 tháng đầu năm 2015")]
    [InlineData("2026", "2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31", "năm 2026")]
    public void APeriodHasItsDaysAndTheSamePeriodAYearEarlier(
        string code,
        string start,
        string end,
        string earlierStart,
        string earlierEnd,
        string vi
    )
    {
        var period = ReportPeriod.TryParse(code)!;
        Assert.Equal(
            (
                DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)
            ),
            (period.Start, period.End)
        );
        Assert.Equal(
            (
                DateOnly.Parse(earlierStart, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(earlierEnd, System.Globalization.CultureInfo.InvariantCulture)
            ),
            (period.YearEarlier.Start, period.YearEarlier.End)
        );
        Assert.Equal(vi, period.Vietnamese);
        Assert.Equal(code.ToUpperInvariant(), period.Code);
    }

    [Fact]
    public void TheLastDayOfFebruaryInALeapYearClosesTheFirstQuarterAsUsual() =>
        Assert.Equal(new DateOnly(2024, 3, 31), ReportPeriod.TryParse("2024-Q1")!.End);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-H2")]
    [InlineData("2026-8M")]
    [InlineData("26-Q1")]
    [InlineData("1999")]
    [InlineData("quý 3")]
    [InlineData("2026-Q3-x")]
    public void AnythingElseIsNoPeriod(string? text) => Assert.Null(ReportPeriod.TryParse(text));
}
