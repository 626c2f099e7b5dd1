using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register;

/// <summary>
/// The plan bundle's existing sites as register events: each becomes a structure existing before the plan, its sectors grouped
/// into the owner's installations per technology, its other carriers kept as tenants. Sites already in the register are skipped,
/// so importing twice appends nothing.
/// </summary>
public static class RegisterImport
{
    public static IReadOnlyList<RegisterEvent> FromSites(
        IEnumerable<Site> sites,
        RegisterState register,
        DateTimeOffset at,
        string recordedBy,
        string reference
    ) =>
        [
            .. sites
                .Where(s => register.Find(s.Id) is null)
                .Select(s => new RegisterEvent(
                    0,
                    s.Id,
                    LifecycleStage.ExistingBeforePlan,
                    at,
                    recordedBy,
                    EventSource.Import,
                    reference,
                    null,
                    ToStructure(s)
                )),
        ];

    public static AntennaStructure ToStructure(Site site) =>
        new(
            site.Id,
            site.Carrier,
            site.Code,
            site.Location,
            site.PoleClass,
            site.HeightM,
            site.Camouflaged,
            null,
            null,
            false,
            site.SharedWith,
            [
                .. site
                    .Sectors.GroupBy(x => x.Technology)
                    .OrderBy(g => g.Key)
                    .Select(g => new Installation(
                        site.Carrier,
                        g.Key,
                        g.Count(),
                        [.. g.Select(x => x.FrequencyMhz).Distinct().Order()],
                        [.. g]
                    )),
            ]
        );
}
