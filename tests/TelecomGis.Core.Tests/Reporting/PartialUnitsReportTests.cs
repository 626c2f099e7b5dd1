using TelecomGis.Core.Administration;
using TelecomGis.Core.Desk;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Tests.Appraisal;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Reporting;

/// <summary>
/// A merged province whose bundle holds the pre-2025 communes of only one of the provinces it took in (Hải Phòng: the former
/// Hải Dương's 265 communes, none of the former city's; Vĩnh Long: none of Bến Tre's or Trà Vinh's). Before 1 July 2025 its
/// units cover part of the province, so a postal figure of the whole province over them (every point over part of the area) is
/// neither the province's nor that part's: the column is left empty and the note says why.
/// </summary>
public class PartialUnitsReportTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static ProvincePlan Plan()
    {
        var plan = new ToyPlan().Build();
        var since = Validity.Since(new DateOnly(2025, 7, 1));
        var before = new Validity(new DateOnly(2009, 1, 1), new DateOnly(2025, 6, 30));
        return plan with
        {
            Communes =
            [
                new("00001", "Tây", AdministrativeUnitKind.Ward, null, 20000, 200, since, Box(-10000, -10000, 0, 10000)),
                new("00002", "Đông", AdministrativeUnitKind.Commune, null, 5000, 200, since, Box(0, -10000, 10000, 10000)),
                // Only the western half had units in the bundle before the merger.
                new("OLD-1", "Cũ", AdministrativeUnitKind.Commune, "Huyện Cũ", 20000, 200, before, Box(-10000, -10000, 0, 10000)),
            ],
            PostalPoints =
            [
                new("PO-1", "Bưu cục Tây", PostalPointKind.PostOffice, "VNPost", "00001", Pt(-5000, 0)),
                new("PO-2", "Điểm BĐ-VHX Đông", PostalPointKind.CulturalPostOffice, "VNPost", "00002", Pt(5000, 0)),
            ],
        };
    }

    /// <summary>The toy province's report for <paramref name="period"/>, with no dossier and no structure.</summary>
    internal static DepartmentReport Report(string period)
    {
        var plan = Plan();
        var p = ReportPeriod.TryParse(period)!;
        var current = new ReportSnapshot(p.End, [], new PlanIndex(plan, p.End));
        var earlier = new ReportSnapshot(p.YearEarlier.End, [], new PlanIndex(plan, p.YearEarlier.End));
        return DepartmentReportBuilder.Build(p, "Thử", "Sở", [], current, earlier, new WorkingCalendar([]), 7);
    }

    [Fact]
    public void UnitsCoveringHalfTheProvinceAreHalf()
    {
        var plan = Plan();
        Assert.Equal(1.0, UnitsCoverage.ShareOfProvince(new PlanIndex(plan, new DateOnly(2026, 6, 30))), 3);
        Assert.Equal(0.5, UnitsCoverage.ShareOfProvince(new PlanIndex(plan, new DateOnly(2025, 6, 30))), 3);
    }

    [Fact]
    public void AYearEarlierOverPartOfTheProvince_ThePostalColumnIsLeftEmptyAndSaysWhy()
    {
        var report = Report("2026-H1");
        var postal = report.Table("buu-chinh")!;
        Assert.Equal(2.0, postal["points"]!.Current);
        Assert.Null(postal["points"]!.YearEarlier);
        Assert.Null(postal["radius-km"]!.YearEarlier);
        Assert.Null(postal["rural-communes"]!.YearEarlier);
        Assert.Contains("cùng kỳ năm trước: ranh giới cấp xã", postal.SourceVi, StringComparison.Ordinal);
        Assert.Contains("không so sánh", postal.SourceVi, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodEndingOverPartOfTheProvince_ThePostalFiguresAreLeftEmpty_NotComputedOverTheWrongArea()
    {
        var report = Report("2025-H1");
        var postal = report.Table("buu-chinh")!;
        Assert.All(postal.Lines, l => Assert.Null(l.Current));
        Assert.Contains("kỳ báo cáo: ranh giới cấp xã", postal.SourceVi, StringComparison.Ordinal);
        Assert.Contains("50%", postal.SourceVi, StringComparison.Ordinal);
    }
}
