using TelecomGis.Core.Desk;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// The appraisal tables (công tác thẩm định vị trí trạm): the dossiers received in a period and where each stands at the period's
/// end (conforming, not conforming, awaiting a consulted authority's reply, still being appraised), per carrier; the dossiers
/// answered in the period with the median and longest processing time in working days (from the day after receipt to the
/// first answer, <see cref="WorkingCalendar"/>); overdue dossiers; consultations. Quảng Ninh's report for the first nine months of
/// 2015 reads 279 received, 151 conforming, 126 not conforming (shared/spec/APPRAISAL.md); the two left are the third state.
/// </summary>
public static class AppraisalFigures
{
    /// <summary>The head table's figures for one period, read as of its end.</summary>
    public static IEnumerable<ReportFigure> Summary(
        IReadOnlyList<DossierHistory> dossiers,
        ReportPeriod period,
        WorkingCalendar calendar,
        int workingDaysLimit
    )
    {
        var end = period.End;
        var received = dossiers.Where(d => period.Contains(d.ReceivedOn)).ToList();
        int conforms = 0,
            withConditions = 0,
            not = 0,
            awaiting = 0,
            appraising = 0;
        foreach (var d in received)
        {
            switch (d.AnswerOn(end)?.Answer)
            {
                case DossierAnswer.Conforms:
                    conforms++;
                    break;
                case DossierAnswer.ConformsWithConditions:
                    withConditions++;
                    break;
                case DossierAnswer.DoesNotConform:
                    not++;
                    break;
                default:
                    if (d.AwaitsConsultationOn(end))
                        awaiting++;
                    else
                        appraising++;
                    break;
            }
        }

        var answered = dossiers
            .Select(d => (Dossier: d, First: d.FirstAnswerOn(end)))
            .Where(x => x.First is { } f && period.Contains(f.On))
            .Select(x => (x.Dossier, Days: WorkingDaysBetween(calendar, x.Dossier.ReceivedOn, x.First!.Value.On)))
            .ToList();
        var days = answered.Select(a => (double)a.Days).Order().ToList();
        var lateAnswers = answered.Count(a => a.Days > workingDaysLimit);
        var openOverdue = dossiers.Count(d =>
            d.ReceivedOn <= end
            && d.AnswerOn(end) is null
            && WorkingCalendar.IsOverdue(calendar.AddWorkingDays(d.ReceivedOn, workingDaysLimit), end)
        );
        var consulted = received.Count(d => d.ConsultRules.Count > 0);
        var repliesInPeriod = dossiers.Sum(d => d.ConsultationsAnswered.Count(c => period.Contains(c.On)));

        yield return new ReportFigure(
            "received",
            "1",
            "Hồ sơ đề nghị thẩm định tiếp nhận trong kỳ",
            "Dossiers received",
            "hồ sơ",
            received.Count,
            IsTotal: true
        );
        yield return new ReportFigure("conforms", "1.1", "Phù hợp quy hoạch", "Conforming to the plan", "hồ sơ", conforms + withConditions);
        yield return new ReportFigure(
            "conforms-with-conditions",
            "1.1.1",
            "Trong đó: phù hợp có điều kiện",
            "Of which: with conditions",
            "hồ sơ",
            withConditions
        );
        yield return new ReportFigure("does-not-conform", "1.2", "Không phù hợp quy hoạch", "Not conforming", "hồ sơ", not);
        yield return new ReportFigure(
            "awaiting-consultation",
            "1.3",
            "Đang chờ ý kiến của cơ quan được xin ý kiến",
            "Awaiting a consulted authority's reply",
            "hồ sơ",
            awaiting
        );
        yield return new ReportFigure("appraising", "1.4", "Đang thẩm định", "Still being appraised", "hồ sơ", appraising);
        yield return new ReportFigure(
            "answered",
            "2",
            "Hồ sơ đã trả lời trong kỳ (kể cả hồ sơ tiếp nhận kỳ trước)",
            "Dossiers answered in the period (including earlier receipts)",
            "hồ sơ",
            answered.Count,
            IsTotal: true
        );
        yield return new ReportFigure(
            "median-days",
            "2.1",
            "Thời gian xử lý trung vị",
            "Median processing time",
            "ngày làm việc",
            Median(days),
            FigureFormat.Decimal
        );
        yield return new ReportFigure(
            "longest-days",
            "2.2",
            "Thời gian xử lý dài nhất",
            "Longest processing time",
            "ngày làm việc",
            days.Count == 0 ? null : days[^1]
        );
        yield return new ReportFigure(
            "answered-late",
            "2.3",
            $"Hồ sơ trả lời quá hạn ({workingDaysLimit} ngày làm việc)",
            $"Answered after the time limit ({workingDaysLimit} working days)",
            "hồ sơ",
            lateAnswers
        );
        yield return new ReportFigure(
            "overdue-open",
            "3",
            "Hồ sơ chưa trả lời đã quá hạn tại cuối kỳ",
            "Unanswered and overdue at the period's end",
            "hồ sơ",
            openOverdue
        );
        yield return new ReportFigure(
            "consulted",
            "4",
            "Hồ sơ phải xin ý kiến cơ quan có thẩm quyền (tiếp nhận trong kỳ)",
            "Dossiers needing a consultation (received in the period)",
            "hồ sơ",
            consulted
        );
        yield return new ReportFigure(
            "consultation-replies",
            "4.1",
            "Văn bản trả lời xin ý kiến nhận được trong kỳ",
            "Consultation replies recorded in the period",
            "văn bản",
            repliesInPeriod
        );
    }

    /// <summary>Per carrier: received in the period and where they stand at its end (conforming, not, no final answer yet), and
    /// answered in the period (first answer within it, whenever received) by the answer standing at its end; a total line.</summary>
    public static IEnumerable<ReportFigure> ByCarrier(IReadOnlyList<DossierHistory> dossiers, ReportPeriod period)
    {
        var end = period.End;
        var received = dossiers.Where(d => period.Contains(d.ReceivedOn)).ToList();
        var answered = dossiers.Where(d => d.FirstAnswerOn(end) is { } f && period.Contains(f.On)).ToList();
        static bool Conforming(DossierAnswer? a) => a is DossierAnswer.Conforms or DossierAnswer.ConformsWithConditions;
        var carriers = received.Concat(answered).Select(d => d.Carrier).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var number = 0;
        foreach (var carrier in carriers)
        {
            number++;
            var mine = received.Where(d => d.Carrier == carrier).ToList();
            var answers = mine.Select(d => d.AnswerOn(end)?.Answer).ToList();
            var done = answered.Where(d => d.Carrier == carrier).Select(d => d.AnswerOn(end)?.Answer).ToList();
            var key = "carrier:" + carrier;
            yield return new ReportFigure(key, $"{number}", carrier, carrier, "hồ sơ", mine.Count, IsTotal: true);
            yield return new ReportFigure(
                key + ":conforms",
                $"{number}.1",
                "Phù hợp quy hoạch",
                "Conforming",
                "hồ sơ",
                answers.Count(Conforming)
            );
            yield return new ReportFigure(
                key + ":does-not-conform",
                $"{number}.2",
                "Không phù hợp quy hoạch",
                "Not conforming",
                "hồ sơ",
                answers.Count(a => a == DossierAnswer.DoesNotConform)
            );
            yield return new ReportFigure(
                key + ":awaiting",
                $"{number}.3",
                "Chưa có kết quả cuối cùng",
                "No final answer yet",
                "hồ sơ",
                answers.Count(a => a is null)
            );
            yield return new ReportFigure(
                key + ":answered",
                $"{number}.4",
                "Đã trả lời trong kỳ",
                "Answered in the period",
                "hồ sơ",
                done.Count
            );
            yield return new ReportFigure(
                key + ":answered-conforms",
                $"{number}.4.1",
                "Trong đó phù hợp quy hoạch",
                "Of which conforming",
                "hồ sơ",
                done.Count(Conforming)
            );
            yield return new ReportFigure(
                key + ":answered-does-not-conform",
                $"{number}.4.2",
                "Trong đó không phù hợp quy hoạch",
                "Of which not conforming",
                "hồ sơ",
                done.Count(a => a == DossierAnswer.DoesNotConform)
            );
        }
        yield return new ReportFigure("total", "", "Tổng cộng tiếp nhận", "Total received", "hồ sơ", received.Count, IsTotal: true);
        yield return new ReportFigure(
            "total:answered",
            "",
            "Tổng cộng đã trả lời",
            "Total answered",
            "hồ sơ",
            answered.Count,
            IsTotal: true
        );
    }

    /// <summary>Received per month of the period (for the dashboard's chart and the workbook).</summary>
    public static IEnumerable<ReportFigure> ByMonth(IReadOnlyList<DossierHistory> dossiers, ReportPeriod period)
    {
        var number = 0;
        for (var month = period.Start; month <= period.End; month = month.AddMonths(1))
        {
            number++;
            var inMonth = dossiers.Where(d => d.ReceivedOn.Year == month.Year && d.ReceivedOn.Month == month.Month).ToList();
            yield return new ReportFigure(
                $"month:{month.Month:00}",
                $"{number}",
                $"Tháng {month.Month}",
                $"Month {month.Month}",
                "hồ sơ",
                inMonth.Count
            );
            yield return new ReportFigure(
                $"month:{month.Month:00}:conforms",
                $"{number}.1",
                "Trong đó phù hợp quy hoạch",
                "Of which conforming",
                "hồ sơ",
                inMonth.Count(d => d.AnswerOn(period.End)?.Answer is DossierAnswer.Conforms or DossierAnswer.ConformsWithConditions)
            );
            yield return new ReportFigure(
                $"month:{month.Month:00}:does-not-conform",
                $"{number}.2",
                "Trong đó không phù hợp quy hoạch",
                "Of which not conforming",
                "hồ sơ",
                inMonth.Count(d => d.AnswerOn(period.End)?.Answer == DossierAnswer.DoesNotConform)
            );
        }
    }

    /// <summary>Working days from the day after <paramref name="received"/> up to and including <paramref name="answered"/>
    /// (0 when answered the day it came).</summary>
    public static int WorkingDaysBetween(WorkingCalendar calendar, DateOnly received, DateOnly answered)
    {
        var days = 0;
        for (var day = received.AddDays(1); day <= answered; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
                days++;
        }
        return days;
    }

    private static double? Median(List<double> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
