using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Reporting;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Generator;

/// <summary>A site the desk approved in the generated history: the register's approval comes from it.</summary>
public sealed record ApprovedDossier(long DossierId, ProposedSite Site, DateOnly AnsweredOn);

/// <summary>What <see cref="RegisterHistoryGenerator"/> wrote.</summary>
public sealed record RegisterHistorySummary(int Events, int Inspections);

/// <summary>
/// The register's side of a generated history (issue 13, 4), written through the register's own store methods
/// (<see cref="IRegisterStore.AppendRegisterEventsAsync"/>, <see cref="IRegisterStore.RecordInspectionAsync"/>): the plan's
/// existing sites imported on the first day; each site the desk approved, approved on its answer's day with a letter number, and
/// declared built by its carrier 2–8 months later (85 % of them; the rest stay approved and not built); every year some structures
/// gain a technology (4G from 2016, 5G from 2024) and a few are dismantled; the department's inspectors visit about two dozen
/// structures a year, find a violation in about one visit in eight (a penalty decision and a deadline of 90 days; four in five are found put
/// right on a later visit) and find a few towers built without a permit. All of it is invented to look plausible and is no province's figure; only the desk's 2015
/// nine months are calibrated (<see cref="HistoryGenerator"/>).
/// </summary>
public static class RegisterHistoryGenerator
{
    private const string Inspectors = "Thanh tra Sở";
    private const string Recorder = "thanh-tra";
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    // The department answered as the Sở Thông tin và Truyền thông until 1 March 2025, then as the Sở Khoa học và Công nghệ.
    private static readonly DateOnly DepartmentsMerged = new(2025, 3, 1);

    public static async Task<RegisterHistorySummary> GenerateAsync(
        ProvincePlan plan,
        IAppraisalStore store,
        IReadOnlyList<ApprovedDossier> approved,
        DateOnly from,
        DateOnly to,
        int seed,
        CancellationToken cancellationToken = default
    )
    {
        var random = new Randomizer(seed + 11);
        var events = new List<RegisterEvent>();
        var standing = new Dictionary<string, AntennaStructure>(StringComparer.Ordinal);

        foreach (
            var e in RegisterImport.FromSites(
                plan.Sites,
                RegisterState.Empty,
                At(from, 7, 0),
                IAppraisalStore.SystemActor,
                $"plan:{plan.Version.Hash}"
            )
        )
        {
            events.Add(e);
            standing[e.StructureId] = e.Snapshot!;
        }

        var letters = new Dictionary<int, int>();
        var built = new List<(DateOnly On, AntennaStructure Structure)>();
        foreach (var a in approved.OrderBy(a => a.AnsweredOn))
        {
            var year = a.AnsweredOn.Year;
            letters[year] = letters.GetValueOrDefault(year) + 1;
            var symbol = a.AnsweredOn < DepartmentsMerged ? "STTTT-BCVT" : "SKHCN-BCVT";
            var approval = new Approval($"{letters[year]}/{symbol}", a.AnsweredOn, a.DossierId, a.Site.Row);
            var structure = StructureOf(a, random);
            events.Add(
                new RegisterEvent(
                    0,
                    structure.Id,
                    LifecycleStage.Approved,
                    At(a.AnsweredOn, 16, 0),
                    IAppraisalStore.SystemActor,
                    EventSource.Decision,
                    $"submission:{a.DossierId}",
                    approval,
                    structure
                )
            );
            var builtOn = a.AnsweredOn.AddDays(random.Number(60, 240));
            if (random.Double() < 0.85 && builtOn <= to)
            {
                events.Add(
                    new RegisterEvent(
                        0,
                        structure.Id,
                        LifecycleStage.Built,
                        At(builtOn, 10, 0),
                        structure.Owner.ToLowerInvariant() + "-bao-cao",
                        EventSource.Declaration,
                        "declaration",
                        null,
                        null
                    )
                );
                built.Add((builtOn, structure));
            }
        }

        var inspections = new List<Inspection>();
        var penalties = 0;
        var unpermitted = 0;
        for (var year = from.Year; year <= to.Year; year++)
        {
            foreach (var (on, structure) in built.Where(b => b.On.Year == year - 1))
                standing[structure.Id] = structure;
            var ids = standing.Keys.Order(StringComparer.Ordinal).ToList();
            var yearEnd = new DateOnly(year, 12, 31) < to ? new DateOnly(year, 12, 31) : to;
            var yearStart = new DateOnly(year, 1, 1) > from ? new DateOnly(year, 1, 1) : from.AddDays(1);
            if (yearStart > yearEnd)
                continue;
            DateOnly Day() => yearStart.AddDays(random.Number(0, yearEnd.DayNumber - yearStart.DayNumber));

            // A technology added on about 5 % of the structures standing at the year's start.
            foreach (var id in ids.Where(_ => random.Double() < 0.05))
            {
                var s = standing[id];
                var technology =
                    year >= 2024 ? Technology.G5
                    : year >= 2016 ? Technology.G4
                    : Technology.G3;
                if (s.Installations.Any(i => i.Carrier == s.Owner && i.Technology == technology))
                    continue;
                var modified = s with
                {
                    Installations = [.. s.Installations, new Installation(s.Owner, technology, 3, [Band(technology)], [])],
                };
                standing[id] = modified;
                events.Add(
                    new RegisterEvent(
                        0,
                        id,
                        LifecycleStage.Modified,
                        At(Day(), 10, 30),
                        s.Owner.ToLowerInvariant() + "-bao-cao",
                        EventSource.Declaration,
                        "declaration",
                        null,
                        modified
                    )
                );
            }
            // About 0.5 % dismantled.
            foreach (var id in ids.Where(_ => random.Double() < 0.005))
            {
                events.Add(
                    new RegisterEvent(
                        0,
                        id,
                        LifecycleStage.Dismantled,
                        At(Day(), 15, 0),
                        standing[id].Owner.ToLowerInvariant() + "-bao-cao",
                        EventSource.Declaration,
                        "declaration",
                        null,
                        null
                    )
                );
                standing.Remove(id);
            }
            // Inspections: about two dozen a year, a violation in one visit of eight.
            var visits = random.Number(18, 30);
            for (var v = 0; v < visits && ids.Count > 0; v++)
            {
                var id = ids[random.Number(0, ids.Count - 1)];
                var on = Day();
                var violation = random.Double() < 0.125;
                penalties += violation ? 1 : 0;
                inspections.Add(Inspect(id, on, violation ? "R06" : null, violation ? $"{penalties}/QĐ-XPVPHC" : null, random));
                FollowUp(id, on);
            }
            // A few towers found built without a permit, next to a standing one.
            var found = random.Number(1, 4);
            for (var u = 0; u < found && ids.Count > 0; u++)
            {
                var near = standing.GetValueOrDefault(ids[random.Number(0, ids.Count - 1)]);
                if (near is null)
                    continue;
                unpermitted++;
                var on = Day();
                var id = $"KP-{year}-{unpermitted:000}";
                var tower = near with
                {
                    Id = id,
                    Code = id,
                    Location = Wgs84.CreatePoint(
                        new Coordinate(near.Location.X + random.Double(-0.01, 0.01), near.Location.Y + random.Double(-0.01, 0.01))
                    ),
                    PoleClass = PoleClass.A2b,
                    HeightM = 30,
                    Camouflaged = false,
                    Tenants = [],
                    Installations = [new Installation(near.Owner, Technology.G4, 3, [1800], [])],
                };
                events.Add(
                    new RegisterEvent(
                        0,
                        id,
                        LifecycleStage.Unpermitted,
                        At(on, 11, 0),
                        Recorder,
                        EventSource.Inspection,
                        "inspection",
                        null,
                        tower
                    )
                );
                penalties++;
                inspections.Add(Inspect(id, on, "R01", $"{penalties}/QĐ-XPVPHC", random));
                FollowUp(id, on);
            }
        }

        // Most violations are put right: a later visit, around the deadline, finds the structure compliant.
        void FollowUp(string id, DateOnly violationOn)
        {
            if (inspections[^1].Outcome != InspectionOutcome.Violation || random.Double() >= 0.8)
                return;
            var on = violationOn.AddDays(random.Number(60, 120));
            if (on <= to)
                inspections.Add(Inspect(id, on, null, null, random));
        }

        // Appended in the order they took effect, as the department would have recorded them.
        var ordered = events.OrderBy(e => e.At).ThenBy(e => e.StructureId, StringComparer.Ordinal).ToList();
        foreach (var chunk in ordered.Chunk(2000))
            await store.AppendRegisterEventsAsync(chunk, cancellationToken);
        foreach (var inspection in inspections.OrderBy(i => i.InspectedOn))
            await store.RecordInspectionAsync(inspection, [], cancellationToken);
        return new RegisterHistorySummary(ordered.Count, inspections.Count);
    }

    private static Inspection Inspect(string structureId, DateOnly on, string? ruleId, string? penalty, Randomizer random) =>
        new(
            0,
            structureId,
            on,
            [Inspectors],
            ruleId switch
            {
                null => "Công trình đúng hồ sơ, đúng quy định.",
                "R01" => "Công trình xây dựng không có văn bản chấp thuận vị trí, không có giấy phép xây dựng.",
                _ => "Cột ăng ten chưa được ngụy trang theo yêu cầu của quy hoạch.",
            },
            ruleId is null ? InspectionOutcome.Compliant : InspectionOutcome.Violation,
            ruleId,
            penalty,
            penalty is null ? null : on.AddDays(random.Number(3, 10)),
            penalty is null ? null : on.AddDays(90),
            Recorder,
            At(on, 16, 30),
            []
        );

    private static AntennaStructure StructureOf(ApprovedDossier a, Randomizer random)
    {
        var year = a.AnsweredOn.Year;
        var technologies =
            year < 2016 ? new[] { Technology.G2, Technology.G3 }
            : year < 2024 ? [Technology.G4]
            : random.Double() < 0.3 ? [Technology.G4, Technology.G5]
            : [Technology.G4];
        var site = a.Site;
        return new AntennaStructure(
            RegisterIds.FromDossier(a.DossierId, site.Row),
            site.Carrier,
            site.SiteCode,
            Wgs84.CreatePoint(new Coordinate(site.LonDeg, site.LatDeg)),
            site.PoleClass,
            site.HeightM,
            site.Camouflaged,
            site.BuildingHeightM,
            null,
            false,
            // Shared at the published share (Tenancy: about 15 % of structures), as the bundle's existing sites are.
            Tenancy.Guests(random, site.Carrier),
            [.. technologies.Select(t => new Installation(site.Carrier, t, 3, [Band(t)], []))]
        );
    }

    private static double Band(Technology t) =>
        t switch
        {
            Technology.G2 => 900,
            Technology.G3 => 2100,
            Technology.G4 => 1800,
            _ => 3500,
        };

    private static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), Core.Administration.VietnamTime.Offset).ToUniversalTime();
}
