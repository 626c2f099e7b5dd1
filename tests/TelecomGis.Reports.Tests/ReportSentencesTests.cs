using TelecomGis.Core.Reporting;
using TelecomGis.Reports.Periodic;

namespace TelecomGis.Reports.Tests;

/// <summary>The document's opening sentences write no dash where a figure could not be computed: they say why instead.</summary>
public class ReportSentencesTests
{
    private static DepartmentReport WithPostal(double? points)
    {
        var period = ReportPeriod.TryParse("2025-H1")!;
        ReportFigure[] figures =
        [
            new("points", "1", "Tổng số điểm phục vụ bưu chính", "Points", "điểm", points, IsTotal: true),
            new("radius-km", "2", "Bán kính phục vụ bình quân", "Radius", "km", points is null ? null : 1.34, FigureFormat.Decimal),
            new("people-per-point", "3", "Số dân", "People", "người/điểm", points is null ? null : 6110),
            new("rural-communes", "4", "Số xã", "Xã", "xã", points is null ? null : 43),
            new("rural-with-cultural", "4.1", "Số xã có", "With", "xã", points is null ? null : 43),
        ];
        var table = new ReportTable("buu-chinh", "Bưu chính", "Postal", ReportTable.Compare(figures, []), "nguồn", "source");
        return new DepartmentReport(period, "Hải Phòng", "Sở", period.End, [table]);
    }

    [Fact]
    public void PostalFiguresNotComputedAreExplained_NotWrittenAsDashes()
    {
        var text = ReportSentences.Postal(WithPostal(null));
        Assert.DoesNotContain("–", text, StringComparison.Ordinal);
        Assert.Contains("không phủ toàn tỉnh", text, StringComparison.Ordinal);
        Assert.Contains("43/43 xã", ReportSentences.Postal(WithPostal(294)), StringComparison.Ordinal);
    }
}
