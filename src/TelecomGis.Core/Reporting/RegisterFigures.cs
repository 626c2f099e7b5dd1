using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Register;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// The tables only the register can give (issue 13, 2): structures approved, built, modified and dismantled in a period, from its
/// events' dates; structures that do not conform to the plan, with the roadmap's deadlines (<see cref="ConformityCheck"/> on the
/// structures standing at the period's end); and inspections, unpermitted structures found and violations with penalty decisions.
/// Counts of structures count each structure once however many events it had in the period. Pure.
/// </summary>
public static class RegisterFigures
{
    /// <param name="atEnd">The register at the period's end, for the approved structures not yet built.</param>
    public static IEnumerable<ReportFigure> Changes(RegisterHistory history, ReportPeriod period, RegisterState atEnd)
    {
        var events = history.Within(period).ToList();
        int Structures(Func<RegisterEvent, bool> which) =>
            events.Where(which).Select(e => e.StructureId).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        string? OwnerOf(RegisterEvent e) => e.Snapshot?.Owner ?? atEnd.Find(e.StructureId)?.Structure.Owner;

        yield return new ReportFigure(
            "approved",
            "1",
            "Vị trí xây dựng mới được chấp thuận",
            "New structures approved",
            "vị trí",
            Structures(e => e.Stage == LifecycleStage.Approved),
            IsTotal: true
        );
        yield return new ReportFigure(
            "built",
            "2",
            "Vị trí xây dựng mới đưa vào sử dụng",
            "Structures built",
            "vị trí",
            Structures(e => e.Stage == LifecycleStage.Built),
            IsTotal: true
        );
        var built = events.Where(e => e.Stage == LifecycleStage.Built).ToList();
        var n = 0;
        foreach (var carrier in built.Select(OwnerOf).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            n++;
            yield return new ReportFigure(
                "built:" + carrier,
                $"2.{n}",
                carrier,
                carrier,
                "vị trí",
                built.Where(e => OwnerOf(e) == carrier).Select(e => e.StructureId).Distinct(StringComparer.OrdinalIgnoreCase).Count()
            );
        }
        yield return new ReportFigure(
            "modified",
            "3",
            "Vị trí cải tạo, nâng cấp, lắp thêm thiết bị",
            "Structures modified",
            "vị trí",
            Structures(e => e.Stage == LifecycleStage.Modified),
            IsTotal: true
        );
        yield return new ReportFigure(
            "modified:approved-equipment",
            "3.1",
            "Trong đó: lắp thêm thiết bị theo văn bản chấp thuận",
            "Of which equipment added under an approval",
            "vị trí",
            Structures(e => e.Stage == LifecycleStage.Modified && e.Source == EventSource.Decision)
        );
        yield return new ReportFigure(
            "dismantled",
            "4",
            "Vị trí tháo dỡ",
            "Structures dismantled",
            "vị trí",
            Structures(e => e.Stage == LifecycleStage.Dismantled),
            IsTotal: true
        );
        yield return new ReportFigure(
            "approved-not-built",
            "5",
            "Vị trí đã chấp thuận, chưa xây dựng (cuối kỳ)",
            "Approved, not built (at the period's end)",
            "vị trí",
            atEnd.Counts().ApprovedNotBuilt
        );
    }

    /// <summary>
    /// The structures standing on the snapshot's day held against the plan: how many break a rule, then per rule and deadline (a
    /// structure breaking two rules is under each), then how many are past a deadline on that day.
    /// </summary>
    public static IEnumerable<ReportFigure> NonConforming(ReportSnapshot snapshot)
    {
        var check = new ConformityCheck(snapshot.Index);
        var failing = check.CheckAll([.. snapshot.Structures.Select(RegisterSites.ToSite)]).Where(r => r.Judged && !r.Conforms).ToList();
        yield return new ReportFigure(
            "non-conforming",
            "1",
            "Vị trí không phù hợp quy hoạch",
            "Non-conforming structures",
            "vị trí",
            failing.Count,
            IsTotal: true
        );
        var n = 0;
        foreach (var group in NonconformingList.ByRuleAndDeadline(failing))
        {
            n++;
            var rule = ConformityCheck.Rules.First(r => r.Id == group.RuleId);
            var (vi, en) = group.Deadline switch
            {
                { } d => (
                    $"{rule.TitleVi}: {d.Words.Vi} trước ngày {d.Date:dd/MM/yyyy}",
                    $"{rule.TitleEn}: {d.Words.En} by {d.Date:yyyy-MM-dd}"
                ),
                null when ConformityCheck.ActionFor(group.RuleId) is null => (
                    $"{rule.TitleVi}: thời hạn do cơ quan quản lý hàng không quyết định",
                    $"{rule.TitleEn}: the aviation authority sets the deadline"
                ),
                null => ($"{rule.TitleVi}: quy hoạch chưa quy định thời hạn", $"{rule.TitleEn}: no deadline in the plan"),
            };
            yield return new ReportFigure(
                $"rule:{group.RuleId}:{group.Deadline?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}",
                $"1.{n}",
                vi,
                en,
                "vị trí",
                group.Structures.Count
            );
        }
        yield return new ReportFigure(
            "overdue",
            "2",
            "Đã quá thời hạn xử lý theo lộ trình",
            "Past a roadmap deadline",
            "vị trí",
            NonconformingList.Overdue(failing, snapshot.On).Count
        );
    }

    /// <summary>
    /// Inspections made in the period (by the day inspected), the structures they covered, violations found and penalty decisions
    /// taken; unpermitted structures recorded in the period (from inspections and from carriers' declarations); and the violations
    /// still open at the period's end, with those past their deadline.
    /// </summary>
    public static IEnumerable<ReportFigure> Inspections(RegisterHistory history, ReportPeriod period)
    {
        var inPeriod = history.Inspections.Where(i => period.Contains(i.InspectedOn)).ToList();
        var unpermitted = history.Within(period).Where(e => e.Stage == LifecycleStage.Unpermitted).ToList();
        int Structures(IEnumerable<RegisterEvent> events) =>
            events.Select(e => e.StructureId).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var open = OpenViolations.Of(history.Inspections.Where(i => i.InspectedOn <= period.End), period.End);
        return
        [
            new("inspections", "1", "Lượt kiểm tra công trình", "Structure inspections", "lượt", inPeriod.Count, IsTotal: true),
            new(
                "structures-inspected",
                "1.1",
                "Số vị trí được kiểm tra",
                "Structures inspected",
                "vị trí",
                inPeriod.Select(i => i.StructureId).Distinct(StringComparer.OrdinalIgnoreCase).Count()
            ),
            new(
                "unpermitted",
                "2",
                "Vị trí trạm xây dựng không phép phát hiện",
                "Unpermitted structures found",
                "vị trí",
                Structures(unpermitted),
                IsTotal: true
            ),
            new(
                "unpermitted:inspection",
                "2.1",
                "Qua kiểm tra",
                "By inspection",
                "vị trí",
                Structures(unpermitted.Where(e => e.Source == EventSource.Inspection))
            ),
            new(
                "unpermitted:declaration",
                "2.2",
                "Qua báo cáo của doanh nghiệp",
                "From carriers' declarations",
                "vị trí",
                Structures(unpermitted.Where(e => e.Source == EventSource.Declaration))
            ),
            new(
                "violations",
                "3",
                "Vi phạm phát hiện qua kiểm tra",
                "Violations found",
                "vụ",
                inPeriod.Count(i => i.Outcome == InspectionOutcome.Violation),
                IsTotal: true
            ),
            new(
                "penalties",
                "3.1",
                "Quyết định xử phạt vi phạm hành chính",
                "Penalty decisions",
                "quyết định",
                inPeriod.Count(i => i.Outcome == InspectionOutcome.Violation && i.PenaltyNumber is not null)
            ),
            new(
                "open-violations",
                "4",
                "Vi phạm chưa khắc phục (cuối kỳ)",
                "Violations not yet put right (at the period's end)",
                "vụ",
                open.Count
            ),
            new(
                "overdue-violations",
                "4.1",
                "Trong đó quá hạn khắc phục",
                "Of which past their deadline",
                "vụ",
                open.Count(v => v.Overdue)
            ),
        ];
    }
}
