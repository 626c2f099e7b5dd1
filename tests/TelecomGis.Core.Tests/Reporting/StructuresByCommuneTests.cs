using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Tests.Appraisal;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Reporting;

/// <summary>
/// The structures by commune table tells units apart by code, not by name: before July 2025 one province had several xã of the same
/// name in different districts (the former Hải Dương: Xã Hưng Đạo, Xã Lê Lợi, Xã Tân Dân …), and a ward of 2025 often kept the name
/// of one of the wards it took in (Quảng Ninh: Phường Bãi Cháy, Phường Hồng Gai …) over a larger area.
/// </summary>
public class StructuresByCommuneTests
{
    private static readonly Validity Before = new(new DateOnly(2009, 1, 1), new DateOnly(2025, 6, 30));

    private static PlanIndex Index(DateOnly on)
    {
        var since = Validity.Since(new DateOnly(2025, 7, 1));
        var plan = new ToyPlan().Build() with
        {
            Communes =
            [
                new("00001", "Tây", AdministrativeUnitKind.Ward, null, 20000, 200, since, Box(-10000, -10000, 0, 10000)),
                new("00002", "Đông", AdministrativeUnitKind.Commune, null, 5000, 200, since, Box(0, -10000, 10000, 10000)),
                new("OLD-1", "Hưng Đạo", AdministrativeUnitKind.Commune, "Huyện Tứ Kỳ", 1, 100, Before, Box(-10000, -10000, 0, 10000)),
                new("OLD-2", "Hưng Đạo", AdministrativeUnitKind.Commune, "Thị xã Kinh Môn", 1, 100, Before, Box(0, -10000, 5000, 10000)),
                // A ward of the same name as today's, over a smaller area.
                new("OLD-3", "Tây", AdministrativeUnitKind.Ward, "Thành phố Cũ", 1, 50, Before, Box(5000, -10000, 10000, 10000)),
            ],
        };
        return new PlanIndex(plan, on);
    }

    private static AntennaStructure At(string id, double x) =>
        new(
            id,
            "Viettel",
            id,
            Pt(x, 0),
            PoleClass.A2b,
            30,
            false,
            null,
            null,
            false,
            [],
            [new Installation("Viettel", Technology.G4, 3, [1800], [])]
        );

    private static readonly AntennaStructure[] Sites = [At("S-1", -5000), At("S-2", 2000), At("S-3", 3000), At("S-4", 8000)];

    [Fact]
    public void TwoXaOfTheSameNameInDifferentDistrictsAreTwoLines()
    {
        var figures = StructureFigures.ByArea(Sites, Index(new DateOnly(2025, 6, 30)), byDistrict: false).ToList();
        var communes = figures
            .Where(f => f.Key.StartsWith("commune:", StringComparison.Ordinal) && f.Key.Count(c => c == ':') == 1)
            .ToList();
        Assert.Equal(
            [("Xã Hưng Đạo, huyện Tứ Kỳ", 1.0), ("Xã Hưng Đạo, thị xã Kinh Môn", 2.0), ("Phường Tây, thành phố Cũ", 1.0)],
            communes.Select(f => (f.LabelVi, f.Value ?? -1))
        );
    }

    [Fact]
    public void TodaysWardIsNotComparedWithTheFormerWardOfItsName()
    {
        var period = ReportPeriod.TryParse("2026-H1")!;
        var current = ReportSnapshot.FromPlanSites(period.End, Index(period.End), []) with { Structures = [.. Sites.Select(Registered)] };
        var earlier = current with { On = period.YearEarlier.End, Index = Index(period.YearEarlier.End) };
        var report = DepartmentReportBuilder.Build(
            period,
            "Thử",
            "Sở",
            [],
            current,
            earlier,
            new TelecomGis.Core.Desk.WorkingCalendar([]),
            7
        );
        var table = report.Table("ha-tang-xa")!;
        var west = table.Lines.Single(l => l.LabelVi == "Phường Tây");
        Assert.Equal((1.0, (double?)null), (west.Current, west.YearEarlier));
        var former = table.Lines.Single(l => l.LabelVi == "Phường Tây, thành phố Cũ");
        Assert.Equal(((double?)null, 1.0), (former.Current, former.YearEarlier));
    }

    private static RegisteredStructure Registered(AntennaStructure s) =>
        new(s, LifecycleStage.ExistingBeforePlan, null, DateTimeOffset.MinValue, 0);
}
