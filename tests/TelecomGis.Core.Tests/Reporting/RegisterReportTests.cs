using TelecomGis.Core.Desk;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Tests.Appraisal;
using TelecomGis.Core.Tests.Appraisal.Conformity;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Reporting;

/// <summary>
/// The register-fed tables on a small hand-made history whose answers are counted by hand (issue 13, "year-on-year figures tested
/// on a small hand-made history"). On the toy plan (rural default 60 m, urban zone A1a|A1b|A2a; relocation deadline 31/12/2030):
/// <list type="bullet">
/// <item>10/01/2024 import: S-1 (Viettel, rural, 2G + 4G, VNPT a tenant) and S-2 (MobiFone's A2b tower in the urban zone: breaks
/// the zone's classes, to move by 2030).</item>
/// <item>HS0-1 and HS0-2 approved 01/03/2024; HS0-1 built 10/06/2024, HS0-2 only 15/01/2025.</item>
/// <item>HS1-1 approved 03/02/2025, built 15/05/2025; S-1 raised to 45 m with 5G added 01/08/2025; S-2 dismantled at 23:30 on
/// 30/09/2025 (Vietnam time, inside the nine months); KB1-1 found unpermitted at 00:30 on 01/10/2025 (outside).</item>
/// <item>Inspections: S-2 violation with a penalty 20/06/2024 (deadline 31/12/2024), compliant 01/03/2025; S-1 compliant
/// 04/04/2025, then a violation with a penalty 10/07/2025 (deadline 31/08/2025, open and overdue at 30/09/2025).</item>
/// </list>
/// </summary>
public class RegisterReportTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly ReportPeriod NineMonths2025 = ReportPeriod.TryParse("2025-9M")!;

    private static DateTimeOffset At(int y, int m, int d, int hour = 9, int minute = 0) => new(y, m, d, hour, minute, 0, Vietnam);

    private static AntennaStructure Structure(
        string id,
        string owner,
        double x,
        double y,
        PoleClass poleClass = PoleClass.A2b,
        double heightM = 40,
        string[]? tenants = null,
        params Technology[] technologies
    ) =>
        new(
            id,
            owner,
            id,
            Pt(x, y),
            poleClass,
            heightM,
            false,
            null,
            null,
            false,
            tenants ?? [],
            [.. (technologies.Length == 0 ? [Technology.G4] : technologies).Select(t => new Installation(owner, t, 3, [1800], []))]
        );

    private static readonly AntennaStructure S1 = Structure(
        "S-1",
        "Viettel",
        8000,
        8000,
        tenants: ["VNPT"],
        technologies: [Technology.G2, Technology.G4]
    );
    private static readonly AntennaStructure S2 = Structure("S-2", "MobiFone", -5000, 0, heightM: 25);
    private static readonly AntennaStructure Hs01 = Structure("HS0-1", "Viettel", 7000, 7000);
    private static readonly AntennaStructure Hs02 = Structure("HS0-2", "VNPT", 7500, 6500);
    private static readonly AntennaStructure Hs11 = Structure(
        "HS1-1",
        "MobiFone",
        6800,
        7600,
        technologies: [Technology.G4, Technology.G5]
    );
    private static readonly AntennaStructure Kb11 = Structure("KB1-1", "Viettel", 9000, 9000);

    private static RegisterEvent Event(
        string id,
        LifecycleStage stage,
        DateTimeOffset at,
        EventSource source,
        AntennaStructure? snapshot = null,
        Approval? approval = null
    ) => new(0, id, stage, at, "u", source, null, approval, snapshot);

    internal static RegisterHistory History()
    {
        var events = new List<RegisterEvent>
        {
            Event("S-1", LifecycleStage.ExistingBeforePlan, At(2024, 1, 10), EventSource.Import, S1),
            Event("S-2", LifecycleStage.ExistingBeforePlan, At(2024, 1, 10), EventSource.Import, S2),
            Event("HS0-1", LifecycleStage.Proposed, At(2024, 2, 20), EventSource.Decision, Hs01),
            Event("HS0-1", LifecycleStage.Approved, At(2024, 3, 1), EventSource.Decision, Hs01, new("1/SKHCN", new(2024, 3, 1), 1, 1)),
            Event("HS0-2", LifecycleStage.Proposed, At(2024, 2, 20), EventSource.Decision, Hs02),
            Event("HS0-2", LifecycleStage.Approved, At(2024, 3, 1), EventSource.Decision, Hs02, new("2/SKHCN", new(2024, 3, 1), 2, 1)),
            Event("HS0-1", LifecycleStage.Built, At(2024, 6, 10), EventSource.Declaration),
            Event("HS0-2", LifecycleStage.Built, At(2025, 1, 15), EventSource.Declaration),
            Event("HS1-1", LifecycleStage.Proposed, At(2025, 1, 20), EventSource.Decision, Hs11),
            Event("HS1-1", LifecycleStage.Approved, At(2025, 2, 3), EventSource.Decision, Hs11, new("9/SKHCN", new(2025, 2, 3), 3, 1)),
            Event("HS1-1", LifecycleStage.Built, At(2025, 5, 15), EventSource.Declaration),
            Event(
                "S-1",
                LifecycleStage.Modified,
                At(2025, 8, 1),
                EventSource.Declaration,
                S1 with
                {
                    HeightM = 45,
                    Installations = [.. S1.Installations, new Installation("Viettel", Technology.G5, 3, [3500], [])],
                }
            ),
            Event("S-2", LifecycleStage.Dismantled, At(2025, 9, 30, 23, 30), EventSource.Declaration),
            Event("KB1-1", LifecycleStage.Unpermitted, At(2025, 10, 1, 0, 30), EventSource.Declaration, Kb11),
        };
        var numbered = events.Select((e, i) => e with { Id = i + 1 }).ToList();
        Inspection Inspect(long id, string structure, DateOnly on, bool violation, string? penalty = null, DateOnly? deadline = null) =>
            new(
                id,
                structure,
                on,
                ["Thanh tra Sở"],
                violation ? "Vi phạm" : "Đúng quy định",
                violation ? InspectionOutcome.Violation : InspectionOutcome.Compliant,
                violation ? "R05" : null,
                penalty,
                penalty is null ? null : on,
                deadline,
                "u",
                new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), Vietnam),
                []
            );
        return new RegisterHistory(
            numbered,
            [
                Inspect(1, "S-2", new(2024, 6, 20), true, "12/QĐ-XPVPHC", new(2024, 12, 31)),
                Inspect(2, "S-2", new(2025, 3, 1), false),
                Inspect(3, "S-1", new(2025, 4, 4), false),
                Inspect(4, "S-1", new(2025, 7, 10), true, "5/QĐ-XPVPHC", new(2025, 8, 31)),
            ],
            Vietnam
        );
    }

    private static DepartmentReport Report(ReportPeriod period, RegisterHistory history)
    {
        var plan = ConformityCheckTests.WithRoadmap(new ToyPlan()).Build();
        ReportSnapshot Snapshot(DateOnly day) => ReportSnapshot.FromRegister(day, new PlanIndex(plan, day), history);
        return DepartmentReportBuilder.Build(
            period,
            "Thử",
            "Sở",
            [],
            Snapshot(period.End),
            Snapshot(period.YearEarlier.End),
            new WorkingCalendar([]),
            7
        );
    }

    private static (double? Now, double? YearEarlier) Line(DepartmentReport report, string table, string key)
    {
        var line = report.Table(table)![key] ?? throw new KeyNotFoundException($"{table}/{key}");
        return (line.Current, line.YearEarlier);
    }

    [Fact]
    public void StructuresAndBtsAreThoseStandingAtEachEnd_DismantledAt2330OnTheLastDayIsGone()
    {
        var report = Report(NineMonths2025, History());
        // 30/09/2025: S-1, HS0-1, HS0-2, HS1-1 (S-2 dismantled that evening, KB1-1 not yet found); 30/09/2024: S-1, S-2, HS0-1.
        Assert.Equal((4.0, 3.0), Line(report, "ha-tang", "structures"));
        // BTS: S-1 2G+4G+5G, HS0-1 4G, HS0-2 4G, HS1-1 4G+5G = 7; a year earlier S-1 2G+4G, S-2 4G, HS0-1 4G = 4.
        Assert.Equal((7.0, 4.0), Line(report, "ha-tang", "bts"));
        Assert.Equal((2.0, 0.0), Line(report, "ha-tang", "bts:5G"));
        Assert.Equal((1.0, 1.0), Line(report, "ha-tang", "shared"));
        Assert.Equal(175, report.Table("ha-tang")!["bts"]!.ComparisonPercent!.Value, 9);
        // Viettel: S-1 2G+4G+5G and HS0-1 4G = 4; a year earlier S-1 2G+4G and HS0-1 4G = 3 (VNPT, a tenant on S-1, has no equipment there).
        Assert.Equal((4.0, 3.0), Line(report, "bts-doanh-nghiep", "carrier:Viettel:bts"));
        Assert.Equal((2.0, 1.0), Line(report, "bts-doanh-nghiep", "carrier:MobiFone:bts"));
        Assert.Contains("Sổ hạ tầng", report.Table("ha-tang")!.SourceVi, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltModifiedDismantledAndApprovedAreCountedByTheirEventsDates_YearOnYear()
    {
        var report = Report(NineMonths2025, History());
        Assert.Equal((1.0, 2.0), Line(report, "bien-dong", "approved"));
        Assert.Equal((2.0, 1.0), Line(report, "bien-dong", "built"));
        Assert.Equal(200, report.Table("bien-dong")!["built"]!.ComparisonPercent!.Value, 9);
        Assert.Equal((1.0, null), Line(report, "bien-dong", "built:MobiFone"));
        Assert.Equal((1.0, null), Line(report, "bien-dong", "built:VNPT")); // HS0-2, built 15/01/2025; nothing of VNPT's in 2024-9M
        Assert.Equal((null, 1.0), Line(report, "bien-dong", "built:Viettel"));
        Assert.Equal((1.0, 0.0), Line(report, "bien-dong", "modified"));
        Assert.Equal((1.0, 0.0), Line(report, "bien-dong", "dismantled"));
        // HS0-2 was approved and not yet built on 30/09/2024; nothing is on 30/09/2025.
        Assert.Equal((0.0, 1.0), Line(report, "bien-dong", "approved-not-built"));

        var fourthQuarter = Report(ReportPeriod.TryParse("2025-Q4")!, History());
        Assert.Equal((0.0, 0.0), Line(fourthQuarter, "bien-dong", "dismantled"));
        Assert.Equal((1.0, 0.0), Line(fourthQuarter, "kiem-tra", "unpermitted"));
        Assert.Equal((1.0, 0.0), Line(fourthQuarter, "kiem-tra", "unpermitted:declaration"));
        Assert.Equal(5.0, Line(fourthQuarter, "ha-tang", "structures").Now); // KB1-1 stands, unpermitted
    }

    [Fact]
    public void NonConformingStructuresAreHeldAgainstThePlanWithTheRoadmapsDeadline()
    {
        var report = Report(NineMonths2025, History());
        // S-2, an A2b tower in the urban zone (A1a|A1b|A2a only), stood a year earlier and was dismantled since.
        Assert.Equal((0.0, 1.0), Line(report, "khong-phu-hop", "non-conforming"));
        var rule = report.Table("khong-phu-hop")!["rule:R05:2030-12-31"]!;
        Assert.Equal((null, 1.0), (rule.Current, rule.YearEarlier));
        Assert.Contains("31/12/2030", rule.LabelVi, StringComparison.Ordinal);
        Assert.Equal((0.0, 0.0), Line(report, "khong-phu-hop", "overdue"));
    }

    [Fact]
    public void InspectionsViolationsPenaltiesAndOpenViolationsAtEachEnd()
    {
        var report = Report(NineMonths2025, History());
        Assert.Equal((3.0, 1.0), Line(report, "kiem-tra", "inspections"));
        Assert.Equal((2.0, 1.0), Line(report, "kiem-tra", "structures-inspected"));
        Assert.Equal((1.0, 1.0), Line(report, "kiem-tra", "violations"));
        Assert.Equal((1.0, 1.0), Line(report, "kiem-tra", "penalties"));
        // 30/09/2025: S-1's July violation is open and past 31/08; 30/09/2024: S-2's is open, its deadline still ahead.
        Assert.Equal((1.0, 1.0), Line(report, "kiem-tra", "open-violations"));
        Assert.Equal((1.0, 0.0), Line(report, "kiem-tra", "overdue-violations"));
    }

    [Fact]
    public void ARegisterStartedAfterTheEarlierPeriodLeavesItsColumnEmpty_NotZero()
    {
        var history = History();
        var late = history with { Events = [.. history.Events.Where(e => e.At >= At(2025, 1, 1))] };
        // A register first filled on 02/01/2025, with HS0-2 imported; S-1 and S-2 left out.
        late = late with
        {
            Events =
            [
                new RegisterEvent(0, "HS0-2", LifecycleStage.ExistingBeforePlan, At(2025, 1, 2), "u", EventSource.Import, null, null, Hs02),
                .. late.Events.Where(e => e.StructureId is not ("HS0-2" or "S-1" or "S-2")),
            ],
        };
        late = late with { Events = [.. late.Events.Select((e, i) => e with { Id = i + 1 })] };
        var report = Report(NineMonths2025, late);
        Assert.Equal((2.0, null), Line(report, "ha-tang", "structures")); // HS0-2 and HS1-1
        Assert.Equal((1.0, null), Line(report, "bien-dong", "built"));
        Assert.Contains("không so sánh", report.Table("bien-dong")!.SourceVi, StringComparison.Ordinal);
        Assert.Contains("không so sánh", report.Table("ha-tang")!.SourceVi, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutARegisterThePlanSitesAreReportedAndTheRegistersTablesSayThereIsNoData()
    {
        var plan = new ToyPlan().WithSite("P-1", "Viettel", 8000, 8000).Build();
        var index = new PlanIndex(plan, NineMonths2025.End);
        var snapshot = ReportSnapshot.FromPlanSites(NineMonths2025.End, index, plan.Sites);
        var report = DepartmentReportBuilder.Build(NineMonths2025, "Thử", "Sở", [], snapshot, snapshot, new WorkingCalendar([]), 7);
        Assert.Equal((1.0, 1.0), Line(report, "ha-tang", "structures"));
        Assert.Contains("gói dữ liệu quy hoạch", report.Table("ha-tang")!.SourceVi, StringComparison.Ordinal);
        foreach (var id in new[] { "bien-dong", "khong-phu-hop", "kiem-tra" })
            Assert.StartsWith("Chưa có dữ liệu", report.Table(id)!.NoDataVi, StringComparison.Ordinal);
    }
}
