using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Desk;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Core.Tests.Reporting;

/// <summary>
/// A small hand-made history whose answers are known. The calendar has no holidays, so working days are Monday to Friday.
/// 2025-Q3 (the year before): 4 dossiers (Viettel 3, VNPT 1): 2 conforming, 1 not, 1 never answered.
/// 2026-Q3: 5 dossiers (Viettel 2, VNPT 2, MobiFone 1): 2 conforming (one with conditions), 1 not, 1 awaiting a reply, 1 appraising,
/// and one received in June 2026 answered in July.
/// </summary>
public class AppraisalFiguresTests
{
    private static readonly WorkingCalendar Weekdays = new([]);
    private static readonly ReportPeriod Q3 = ReportPeriod.TryParse("2026-Q3")!;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static DossierHistory Dossier(
        string carrier,
        string received,
        Verdict verdict,
        (string On, DossierAnswer Answer)[]? answers = null,
        string[]? consult = null,
        (string Rule, string On)[]? replies = null
    ) =>
        new(
            carrier,
            D(received),
            verdict,
            consult ?? [],
            [.. (replies ?? []).Select(r => (r.Rule, D(r.On)))],
            [.. (answers ?? []).Select(a => new DatedAnswer(D(a.On), a.Answer))]
        );

    private static readonly List<DossierHistory> History =
    [
        // 2025-Q3
        Dossier("Viettel", "2025-07-01", Verdict.Conforms, [("2025-07-03", DossierAnswer.Conforms)]), // Tue → Thu: 2 working days
        Dossier("Viettel", "2025-07-04", Verdict.Conforms, [("2025-07-10", DossierAnswer.Conforms)]), // Fri → Thu: 4
        Dossier("VNPT", "2025-08-01", Verdict.DoesNotConform, [("2025-08-13", DossierAnswer.DoesNotConform)]), // Fri → Wed 13: 8, late
        Dossier("Viettel", "2025-09-29", Verdict.Conforms),
        // 2026-Q2, answered in Q3
        Dossier("VNPT", "2026-06-29", Verdict.Conforms, [("2026-07-02", DossierAnswer.Conforms)]), // Mon → Thu: 3
        // 2026-Q3
        Dossier("Viettel", "2026-07-06", Verdict.Conforms, [("2026-07-07", DossierAnswer.Conforms)]), // Mon → Tue: 1
        Dossier(
            "Viettel",
            "2026-07-06",
            Verdict.NeedsConsultation,
            [("2026-07-20", DossierAnswer.ConformsWithConditions)],
            ["R04"],
            [("R04", "2026-07-16")]
        ), // Mon → Mon 20: 10, late
        // Refused first, then a later decision on the same site stands: the answer is the latest, the time the first.
        Dossier(
            "VNPT",
            "2026-08-03",
            Verdict.DoesNotConform,
            [("2026-08-05", DossierAnswer.Conforms), ("2026-08-06", DossierAnswer.DoesNotConform)]
        ), // Mon → Wed: 2
        Dossier("VNPT", "2026-09-01", Verdict.NeedsConsultation, consult: ["R04", "R10"], replies: [("R04", "2026-09-10")]),
        Dossier("MobiFone", "2026-09-28", Verdict.Conforms, [("2026-10-01", DossierAnswer.Conforms)]), // answered after the period
    ];

    private static ReportTable Table() =>
        new(
            "t",
            "",
            "",
            ReportTable.Compare(
                AppraisalFigures.Summary(History, Q3, Weekdays, 7),
                AppraisalFigures.Summary(History, Q3.YearEarlier, Weekdays, 7)
            ),
            "",
            ""
        );

    [Fact]
    public void CountsTheDossiersReceivedInThePeriodByTheirAnswerAtItsEnd_AndAYearEarlier()
    {
        var t = Table();
        Assert.Equal((5.0, 4.0), (t["received"]!.Current, t["received"]!.YearEarlier));
        Assert.Equal(125.0, t["received"]!.ComparisonPercent!.Value, 1e-9);
        Assert.Equal((2.0, 2.0), (t["conforms"]!.Current, t["conforms"]!.YearEarlier));
        Assert.Equal((1.0, 0.0), (t["conforms-with-conditions"]!.Current, t["conforms-with-conditions"]!.YearEarlier));
        Assert.Equal((1.0, 1.0), (t["does-not-conform"]!.Current, t["does-not-conform"]!.YearEarlier));
        Assert.Equal((1.0, 0.0), (t["awaiting-consultation"]!.Current, t["awaiting-consultation"]!.YearEarlier));
        Assert.Equal((1.0, 1.0), (t["appraising"]!.Current, t["appraising"]!.YearEarlier));
        Assert.Null(t["conforms-with-conditions"]!.ComparisonPercent); // nothing a year earlier to compare with
    }

    [Fact]
    public void ProcessingTimesCountWorkingDaysToTheFirstAnswer_OverTheDossiersAnsweredInThePeriod()
    {
        var t = Table();
        // 2026-Q3 answered: 3 (June's), 1, 10, 2 → median 2.5, longest 10; a year earlier: 2, 4, 8 → 4, 8.
        Assert.Equal((4.0, 3.0), (t["answered"]!.Current, t["answered"]!.YearEarlier));
        Assert.Equal((2.5, 4.0), (t["median-days"]!.Current, t["median-days"]!.YearEarlier));
        Assert.Equal((10.0, 8.0), (t["longest-days"]!.Current, t["longest-days"]!.YearEarlier));
        Assert.Equal((1.0, 1.0), (t["answered-late"]!.Current, t["answered-late"]!.YearEarlier));
        Assert.Equal(62.5, t["median-days"]!.ComparisonPercent!.Value, 1e-9);
    }

    [Fact]
    public void OverdueAndConsultationsAtThePeriodsEnd()
    {
        var t = Table();
        // 30/9/2026: the September dossier (due 10/9) and the one of 29/9/2025 never answered (the backlog counts, whenever received);
        // the MobiFone one is due 7/10, not yet. A year earlier the 29/9 one was not yet due (8/10).
        Assert.Equal((2.0, 0.0), (t["overdue-open"]!.Current, t["overdue-open"]!.YearEarlier));
        Assert.Equal((2.0, 0.0), (t["consulted"]!.Current, t["consulted"]!.YearEarlier));
        Assert.Equal((2.0, 0.0), (t["consultation-replies"]!.Current, t["consultation-replies"]!.YearEarlier));
    }

    [Fact]
    public void PerCarrierLinesAddUpToTheTotal_AndACarrierOnlyInOneYearKeepsItsLine()
    {
        var lines = ReportTable.Compare(AppraisalFigures.ByCarrier(History, Q3), AppraisalFigures.ByCarrier(History, Q3.YearEarlier));
        var byKey = lines.ToDictionary(l => l.Key);
        Assert.Equal((2.0, 3.0), (byKey["carrier:Viettel"].Current, byKey["carrier:Viettel"].YearEarlier));
        Assert.Equal((1.0, null), (byKey["carrier:MobiFone"].Current, byKey["carrier:MobiFone"].YearEarlier));
        Assert.Equal(1.0, byKey["carrier:MobiFone:awaiting"].Current);
        Assert.Equal((5.0, 4.0), (byKey["total"].Current, byKey["total"].YearEarlier));
        // Answered in 2026-Q3: VNPT's June dossier (conforming) and its August one (not), Viettel's two (both conforming).
        Assert.Equal(
            (2.0, 1.0, 1.0),
            (
                byKey["carrier:VNPT:answered"].Current,
                byKey["carrier:VNPT:answered-conforms"].Current,
                byKey["carrier:VNPT:answered-does-not-conform"].Current
            )
        );
        Assert.Equal((2.0, 2.0), (byKey["carrier:Viettel:answered"].Current, byKey["carrier:Viettel:answered-conforms"].Current));
        Assert.Equal((4.0, 3.0), (byKey["total:answered"].Current, byKey["total:answered"].YearEarlier));
    }

    [Fact]
    public void WorkingDaysSkipTheWeekendAndTheGivenHolidays()
    {
        var calendar = new WorkingCalendar([new DateOnly(2026, 9, 2)]);
        // Fri 28/8 → Thu 3/9: Mon 31, Tue 1, (Wed 2 holiday), Thu 3 → 3.
        Assert.Equal(3, AppraisalFigures.WorkingDaysBetween(calendar, new DateOnly(2026, 8, 28), new DateOnly(2026, 9, 3)));
        Assert.Equal(0, AppraisalFigures.WorkingDaysBetween(calendar, new DateOnly(2026, 8, 28), new DateOnly(2026, 8, 28)));
    }

    [Fact]
    public void AStoreNotYetInUseAYearEarlierLeavesThatColumnEmpty_NotZero()
    {
        var plan = new TelecomGis.Core.Tests.Appraisal.ToyPlan().Build();
        var index = new TelecomGis.Core.Spatial.PlanIndex(plan, Q3.End);
        var snapshot = new ReportSnapshot(Q3.End, [], index);
        var recent = History.Where(d => d.ReceivedOn.Year == 2026).ToList();
        var report = DepartmentReportBuilder.Build(
            Q3,
            "Thử",
            "Sở",
            recent,
            snapshot,
            snapshot with
            {
                On = Q3.YearEarlier.End,
            },
            Weekdays,
            7
        );
        var received = report.Table("tham-dinh")!["received"]!;
        Assert.Equal((5.0, (double?)null), (received.Current, received.YearEarlier));
        Assert.Contains("không so sánh", report.Table("tham-dinh")!.SourceVi, StringComparison.Ordinal);

        var full = DepartmentReportBuilder.Build(Q3, "Thử", "Sở", History, snapshot, snapshot, Weekdays, 7);
        Assert.Equal(4.0, full.Table("tham-dinh")!["received"]!.YearEarlier);
        Assert.False(full.Table("kiem-tra")!.HasData);
        Assert.StartsWith("Chưa có dữ liệu", full.Table("kiem-tra")!.NoDataVi, StringComparison.Ordinal);
        // The report goes to the People's Committee: its missing coverage is said without the tool's command names.
        Assert.Equal(
            "Chưa có dữ liệu: hệ thống chưa có kết quả tính vùng phủ sóng tại thời điểm lập báo cáo.",
            full.Table("vung-phu-song")!.NoDataVi
        );
    }
}
