using System.Globalization;
using Bogus;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Desk;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Reporting;
using TelecomGis.Storage.Stores;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Generator;

/// <summary>What <see cref="HistoryGenerator"/> wrote.</summary>
public sealed record HistorySummary(int Dossiers, int Answered, int Consultations, int RegisterEvents = 0, int Inspections = 0);

/// <summary>
/// Fills a store with a plausible, seeded history of appraisal dossiers so that reports have years to compare. Everything goes
/// through the desk's own store methods, as the API's handlers do: each dossier is a carrier's batch of one proposed site
/// (<see cref="ProposalGenerator"/>), appraised by the <see cref="AppraisalEngine"/> and saved
/// (<see cref="IAppraisalStore.SaveSubmissionAsync"/>); consulted authorities' replies are recorded
/// (<see cref="IAppraisalStore.AppendConsultationAsync"/>) and the department decides each site
/// (<see cref="IAppraisalStore.AppendSiteDecisionAsync"/>); the register's history follows from it
/// (<see cref="RegisterHistoryGenerator"/>). No letter is issued (a letter is a rendered document; the report counts
/// decisions). Nothing dated after <c>to</c> is written: dossiers received near the end stay pending.
/// <para>
/// Calibration: Quảng Ninh's report for January–September 2015 counts 279 dossiers appraised, 151 conforming and 126 not
/// (shared/spec/APPRAISAL.md, "Quảng Ninh's 2015 count"); the two left await a consulted authority's reply at 30 September 2015.
/// Those nine months are reproduced exactly. Every other month is synthetic: the yearly volumes in <see cref="YearlyDossiers"/>
/// are invented to look plausible (4G roll-out from 2016, 5G from 2024) and are not any province's figures.
/// </para>
/// </summary>
public static class HistoryGenerator
{
    /// <summary>The calibrated period and its final answers (shared/spec/APPRAISAL.md).</summary>
    public static readonly (DateOnly From, DateOnly To, int Conforming, int NotConforming, int AwaitingConsultation) Seed2015 = (
        new DateOnly(2015, 1, 1),
        new DateOnly(2015, 9, 30),
        151,
        126,
        2
    );

    /// <summary>Synthetic dossiers per year (invented; 2015 follows the seed's nine-month pace of 31 a month).</summary>
    public static int YearlyDossiers(int year) =>
        year switch
        {
            <= 2015 => 372,
            2016 => 410,
            2017 => 455,
            2018 => 390,
            2019 => 340,
            2020 => 300,
            2021 => 325,
            2022 => 310,
            2023 => 295,
            2024 => 360,
            2025 => 385,
            _ => 400,
        };

    private const int WorkingDaysLimit = 7;
    private const string Appraiser = "tham-dinh-vien";

    private enum Target
    {
        Approve,
        ApproveAfterConsultation,
        Refuse,
        RefuseAfterConsultation,
        AwaitConsultation,
    }

    public static async Task<HistorySummary> GenerateAsync(
        ProvincePlan plan,
        IAppraisalStore store,
        DateOnly from,
        DateOnly to,
        int seed,
        IProgress<GenerationStep>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        if (to < from)
            throw new ArgumentException("The history ends before it starts.", nameof(to));
        if ((await store.ListSubmissionsAsync(new SubmissionQuery(), 0, 1, cancellationToken)).Total > 0)
            throw new InvalidOperationException("The store already holds dossiers: a history is generated into an empty store only.");
        await store.ImportPlanAsync(plan, cancellationToken);
        if (await store.CurrentPlanVersionAsync(cancellationToken) is null)
            await store.ActivatePlanAsync(plan.Version, IAppraisalStore.SystemActor, At(from, 7, 0), cancellationToken);

        var random = new Randomizer(seed);
        var calendar = ShippedHolidays.Calendar();
        var pools = new Dictionary<bool, Pools>
        {
            [false] = Pools.Of(plan, new DateOnly(2025, 6, 30), seed),
            [true] = Pools.Of(plan, new DateOnly(2025, 7, 1), seed + 1),
        };
        var written = new Counter();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var monthEnd = month.AddMonths(1).AddDays(-1);
            var targets = TargetsOf(month, random);
            var calibrated = month >= Seed2015.From && monthEnd <= Seed2015.To;
            foreach (var target in targets)
            {
                var received = RandomWorkingDay(calendar, Max(month, from), Min(monthEnd, to), random, target, calibrated);
                if (received is null)
                    continue;
                var pool = pools[received.Value >= DepartmentReportBuilderDistricts];
                await WriteDossierAsync(
                    store,
                    plan,
                    pool,
                    calendar,
                    received.Value,
                    target,
                    to,
                    calibrated,
                    random,
                    written,
                    cancellationToken
                );
            }
            if (month.Month == 12 || monthEnd >= to)
                progress?.Report(
                    new GenerationStep(
                        string.Create(
                            CultureInfo.GetCultureInfo("vi-VN"),
                            $"năm {month.Year}: tổng cộng {written.Dossiers:N0} hồ sơ đã ghi"
                        ),
                        string.Create(CultureInfo.InvariantCulture, $"{month.Year}: {written.Dossiers:N0} dossiers written so far")
                    )
                );
        }
        var register = await RegisterHistoryGenerator.GenerateAsync(plan, store, written.Approved, from, to, seed, cancellationToken);
        return new HistorySummary(written.Dossiers, written.Answered, written.Consultations, register.Events, register.Inspections);
    }

    private static readonly DateOnly DepartmentReportBuilderDistricts = new(2025, 7, 1);

    /// <summary>The month's dossiers and the final answer each is to get: exact for the calibrated nine months.</summary>
    private static List<Target> TargetsOf(DateOnly month, Randomizer random)
    {
        if (month.Year == 2015 && month.Month <= 9)
            return CalibratedTargets(month.Month);
        var mean = YearlyDossiers(month.Year) / 12.0;
        var count = Math.Max(0, (int)Math.Round(mean * (0.8 + 0.4 * random.Double())));
        var targets = new List<Target>(count);
        for (var i = 0; i < count; i++)
        {
            var u = random.Double();
            targets.Add(
                u switch
                {
                    < 0.52 => Target.Approve,
                    < 0.55 => Target.ApproveAfterConsultation,
                    < 0.96 => Target.Refuse,
                    < 0.98 => Target.RefuseAfterConsultation,
                    _ => Target.AwaitConsultation,
                }
            );
        }
        return targets;
    }

    // 279 dossiers over nine months (31 a month): 151 conforming (6 of them after a consultation), 126 not (3 after one), and
    // the 2 awaiting a reply at the period's end received in September. Spread evenly so every month looks alike.
    private static List<Target> CalibratedTargets(int month)
    {
        var all = new List<Target>(279);
        for (var i = 0; i < 279; i++)
        {
            all.Add(
                i switch
                {
                    < 145 => Target.Approve,
                    < 151 => Target.ApproveAfterConsultation,
                    < 274 => Target.Refuse,
                    < 277 => Target.RefuseAfterConsultation,
                    _ => Target.AwaitConsultation,
                }
            );
        }
        var shuffled = new Randomizer(2015).Shuffle(all.Take(277)).ToList();
        var slice = shuffled.Skip((month - 1) * 31).Take(month == 9 ? 29 : 31).ToList();
        if (month == 9)
            slice.AddRange([Target.AwaitConsultation, Target.AwaitConsultation]);
        return slice;
    }

    private static async Task WriteDossierAsync(
        IAppraisalStore store,
        ProvincePlan plan,
        Pools pool,
        WorkingCalendar calendar,
        DateOnly received,
        Target target,
        DateOnly to,
        bool calibrated,
        Randomizer random,
        Counter written,
        CancellationToken cancellationToken
    )
    {
        var proposed = pool.Take(target) with { Row = 1, SiteCode = $"HS-{received:yyyyMM}-{written.Dossiers + 1:00000}" };
        var result = pool.Engine.Appraise(proposed);
        var receivedAt = At(received, 8 + random.Number(0, 8), random.Number(0, 59));
        var saved = await store.SaveSubmissionAsync(
            new NewSubmission(
                $"lich-su-{written.Dossiers + 1:00000}",
                proposed.Carrier,
                proposed.Carrier.ToLowerInvariant() + "-nop-ho-so",
                receivedAt,
                plan.Version,
                null,
                new IncomingDocument(
                    $"{random.Number(100, 2999)}/{CarrierSymbol(proposed.Carrier)}-KT",
                    calendar.AddWorkingDays(received, 0).AddDays(-random.Number(0, 3)),
                    null,
                    "V/v đề nghị thẩm định vị trí trạm BTS"
                )
            ),
            [new RowOutcome(SubmissionRow.Accepted(proposed), result)],
            cancellationToken
        );
        written.Dossiers++;
        var batch = saved.Submission.Id;

        var decideAfter = random.Number(1, 9);
        var answerDay = calendar.AddWorkingDays(received, decideAfter);
        var consulted = target is Target.ApproveAfterConsultation or Target.RefuseAfterConsultation or Target.AwaitConsultation;
        if (consulted)
        {
            var rules = result.Results.Where(r => r.Outcome == RuleOutcome.Consult).Select(r => r.RuleId).Distinct().ToList();
            // The calibrated period's consulted answers all come back before its end, the two awaiting ones after it.
            var replyDay =
                target == Target.AwaitConsultation && calibrated
                    ? calendar.AddWorkingDays(Seed2015.To, random.Number(3, 12))
                    : calendar.AddWorkingDays(received, random.Number(4, calibrated ? 10 : 18));
            foreach (var rule in rules)
            {
                if (replyDay > to)
                    break;
                var objects = target == Target.RefuseAfterConsultation;
                await store.AppendConsultationAsync(
                    new Consultation(
                        0,
                        batch,
                        1,
                        rule,
                        AuthorityOf(rule, plan.Province.Name),
                        $"{random.Number(100, 999)}/{(rule == "R04" ? "BCH-TM" : "CHK-QLC")}",
                        replyDay.AddDays(-random.Number(0, 2)),
                        objects ? ConsultationAnswer.Objects : ConsultationAnswer.Agrees,
                        null,
                        Appraiser,
                        At(replyDay, 9, 30)
                    ),
                    cancellationToken
                );
                written.Consultations++;
            }
            answerDay = calendar.AddWorkingDays(replyDay, random.Number(1, 2));
        }
        if (calibrated && target != Target.AwaitConsultation && answerDay > Seed2015.To)
            answerDay = Seed2015.To;
        if (answerDay > to)
            return;
        var refuse = target is Target.Refuse or Target.RefuseAfterConsultation;
        await store.AppendSiteDecisionAsync(
            new SiteDecision(
                0,
                batch,
                1,
                refuse ? SiteDecisionKind.Refuse : SiteDecisionKind.Approve,
                refuse ? "Vị trí đề xuất không phù hợp quy hoạch hạ tầng kỹ thuật viễn thông thụ động của tỉnh." : null,
                null,
                Appraiser,
                At(answerDay, 14, 0)
            ),
            cancellationToken
        );
        written.Answered++;
        if (!refuse)
            written.Approved.Add(new ApprovedDossier(batch, proposed, answerDay));
    }

    private static DateOnly? RandomWorkingDay(
        WorkingCalendar calendar,
        DateOnly first,
        DateOnly last,
        Randomizer random,
        Target target,
        bool calibrated
    )
    {
        // In the calibrated months a consulted dossier is received early enough for its reply to come within the period.
        if (calibrated && target is Target.ApproveAfterConsultation or Target.RefuseAfterConsultation && first.Month == 9)
            last = first.AddDays(9);
        var days = new List<DateOnly>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
                days.Add(d);
        }
        return days.Count == 0 ? null : days[random.Number(0, days.Count - 1)];
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), Core.Administration.VietnamTime.Offset).ToUniversalTime();

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string CarrierSymbol(string carrier) =>
        carrier switch
        {
            "Viettel" => "VTQN",
            "VNPT" => "VNPT-QN",
            "MobiFone" => "MBF5",
            _ => "VNM",
        };

    private static string AuthorityOf(string rule, string province) =>
        rule switch
        {
            "R04" => $"Bộ Chỉ huy Quân sự tỉnh {province}",
            "R10" => "Cục Hàng không Việt Nam",
            _ => "Cục Tác chiến - Bộ Tổng Tham mưu",
        };

    private sealed class Counter
    {
        public int Dossiers;
        public int Answered;
        public int Consultations;
        public readonly List<ApprovedDossier> Approved = [];
    }

    /// <summary>Proposed sites appraised on one day's communes, by verdict, handed out in turn (and again from the start).</summary>
    private sealed class Pools
    {
        private readonly Dictionary<Verdict, List<ProposedSite>> _byVerdict;
        private readonly Dictionary<Verdict, int> _next = [];

        private Pools(AppraisalEngine engine, Dictionary<Verdict, List<ProposedSite>> byVerdict)
        {
            Engine = engine;
            _byVerdict = byVerdict;
        }

        public AppraisalEngine Engine { get; }

        public static Pools Of(ProvincePlan plan, DateOnly day, int seed)
        {
            var engine = new AppraisalEngine(new PlanIndex(plan, day));
            using var csv = new StringWriter();
            ProposalGenerator.Generate(plan, 3000, seed, csv);
            var rows = SubmissionCsvReader.Read(new StringReader(csv.ToString()));
            var byVerdict = Enum.GetValues<Verdict>().ToDictionary(v => v, _ => new List<ProposedSite>());
            foreach (var row in rows)
            {
                if (row.Site is { } site)
                    byVerdict[engine.Appraise(site).Verdict].Add(site);
            }
            foreach (var (verdict, list) in byVerdict)
            {
                if (list.Count == 0)
                    throw new InvalidOperationException($"The generated proposals hold no site whose verdict is {verdict.Code()}.");
            }
            return new Pools(engine, byVerdict);
        }

        public ProposedSite Take(Target target)
        {
            var verdict = target switch
            {
                Target.Approve => Verdict.Conforms,
                Target.Refuse => Verdict.DoesNotConform,
                _ => Verdict.NeedsConsultation,
            };
            var list = _byVerdict[verdict];
            var i = _next.GetValueOrDefault(verdict);
            _next[verdict] = i + 1;
            return list[i % list.Count];
        }
    }
}
