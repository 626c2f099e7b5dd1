using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator;
using TelecomGis.PostGisPeer;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>
/// The PostGIS SQL peer (tools/bench/postgis-peer) agrees with the engine, rule by rule, on a small generated sample, so that the
/// peer measured in docs/PERFORMANCE.md does not drift from the rules it claims to implement.
/// </summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostGisPeerTests(PostgresServer server, CommittedBundleFixture bundle)
{
    [Fact]
    public async Task ThePeer_GivesTheEnginesOutcomeOnEveryCoveredRule_For200GeneratedSitesAndOneInEachRestrictedArea()
    {
        var plan = bundle.Plan;
        var csv = new StringWriter();
        ProposalGenerator.Generate(plan, 200, 11, csv);
        var sites = SubmissionCsvReader.Read(new StringReader(csv.ToString())).Select(r => r.Site!).ToList();
        // Generated sites seldom fall in the twelve restricted areas: one inside each, and the seed's Móng Cái tower.
        sites.AddRange(
            plan.RestrictedAreas.Select(
                (a, i) =>
                    new ProposedSite(
                        201 + i,
                        "Viettel",
                        $"IN-{a.Id}",
                        a.Geometry.InteriorPoint.X,
                        a.Geometry.InteriorPoint.Y,
                        PoleClass.A2b,
                        30,
                        false
                    )
            )
        );
        sites.Add(new ProposedSite(300, "Viettel", "MC-33", 107.97826, 21.53008, PoleClass.A2b, 33, false));

        var peer = new PostGisPeer.PostGisPeer(await server.NewDatabaseAsync());
        await peer.PrepareAsync(plan);
        await peer.LoadAsync(sites);
        await using var session = await peer.OpenSessionAsync();
        var peerResults = await PostGisPeer.PostGisPeer.AppraiseAsync(session, plan);
        var engine = PostGisPeer.PostGisPeer.CoveredEngine(
            new AppraisalEngine(new PlanIndex(plan, DateOnly.FromDateTime(DateTime.UtcNow)))
        );
        var engineResults = sites.Select(engine.Appraise).ToList();

        var differences = PeerComparison.Differences(sites, engineResults, peerResults);
        Assert.True(
            differences.Count == 0,
            string.Join(
                "\n",
                differences.Select(d => $"{d.Site.SiteCode}: {d.EngineVerdict} vs {d.PeerVerdict}: {string.Join("; ", d.Reasons)}")
            )
        );
        // A sample on which every verdict occurs, and every covered rule objects at least once, tests the rules and not just "pass".
        Assert.Equal(
            ["conforms", "does_not_conform", "needs_consultation"],
            peerResults.Select(r => r.Verdict).Distinct().Order(StringComparer.Ordinal)
        );
        var objecting = peerResults.SelectMany(r => r.Outcomes.Where(o => o.Value is "fail" or "consult").Select(o => o.Key)).ToHashSet();
        Assert.Superset(new HashSet<string>(["R03", "R04", "R05", "R07", "R08"]), objecting);
    }
}
