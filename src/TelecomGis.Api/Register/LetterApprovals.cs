using NetTopologySuite.Geometries;
using TelecomGis.Api.Desk;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// What an issued letter brings to the register (issue 11, 2 and 6): each new structure the dossier's decision approves becomes a
/// structure, proposed when the dossier was received and approved by the letter's number and date; equipment approved onto an
/// existing structure becomes that structure's modification. A refused site brings nothing. The decision of a row is its latest
/// site decision, else the batch's latest decision.
/// </summary>
public static class LetterApprovals
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static IReadOnlyList<RegisterEvent> For(
        Dossier dossier,
        RegisterState register,
        string letterNumber,
        DateOnly letterDate,
        string issuedBy,
        DateTimeOffset issuedAt
    )
    {
        var batch = dossier.Batch;
        var batchDecision = dossier.Decisions.LastOrDefault(d => d.Kind == DecisionKind.Decision)?.Outcome;
        var bySite = dossier.SiteDecisionByRow;
        var reference = $"submission:{batch.Id}";
        var events = new List<RegisterEvent>();
        foreach (var row in dossier.Rows)
        {
            if (row.Appraisal is null || row.Row.Site is not { } site)
                continue;
            var approved = bySite.TryGetValue(site.Row, out var d)
                ? d.Decision is SiteDecisionKind.Approve or SiteDecisionKind.ApproveWithConditions
                : batchDecision == "approved";
            if (!approved)
                continue;
            var approval = new Approval(letterNumber, letterDate, batch.Id, site.Row);
            if (site.IsNewStructure)
            {
                var structure = StructureOf(site, RegisterIds.FromDossier(batch.Id, site.Row));
                events.Add(
                    new RegisterEvent(
                        0,
                        structure.Id,
                        LifecycleStage.Proposed,
                        batch.SubmittedAt,
                        batch.SubmittedBy,
                        EventSource.Decision,
                        reference,
                        null,
                        structure
                    )
                );
                events.Add(
                    new RegisterEvent(
                        0,
                        structure.Id,
                        LifecycleStage.Approved,
                        issuedAt,
                        issuedBy,
                        EventSource.Decision,
                        reference,
                        approval,
                        structure
                    )
                );
            }
            else if (register.Find(site.SharesSiteId!) is { } shared)
            {
                var before = shared.Structure;
                var added = InstallationsOf(site);
                var after = before with
                {
                    Installations =
                    [
                        .. before.Installations.Where(i => !added.Any(a => a.Carrier == i.Carrier && a.Technology == i.Technology)),
                        .. added,
                    ],
                };
                events.Add(
                    new RegisterEvent(
                        0,
                        before.Id,
                        LifecycleStage.Modified,
                        issuedAt,
                        issuedBy,
                        EventSource.Decision,
                        reference,
                        null,
                        after,
                        $"Lắp đặt thiết bị của {site.Carrier} theo văn bản số {letterNumber}"
                    )
                );
            }
        }
        return events;
    }

    private static AntennaStructure StructureOf(ProposedSite site, string id) =>
        new(
            id,
            site.Carrier,
            site.SiteCode,
            Wgs84.CreatePoint(new Coordinate(site.LonDeg, site.LatDeg)),
            site.PoleClass,
            site.HeightM,
            site.Camouflaged,
            site.BuildingHeightM,
            null,
            false,
            [],
            InstallationsOf(site)
        );

    private static IReadOnlyList<Installation> InstallationsOf(ProposedSite site) =>
        [
            .. (site.Sectors ?? [])
                .GroupBy(s => s.Technology)
                .OrderBy(g => g.Key)
                .Select(g => new Installation(
                    site.Carrier,
                    g.Key,
                    g.Count(),
                    [.. g.Select(s => s.FrequencyMhz).Distinct().Order()],
                    [.. g]
                )),
        ];
}
