using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator;
using TelecomGis.PostGisPeer;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>
/// The register's conformity peer (tools/bench/postgis-peer/conformity.sql) agrees with ConformityCheck, structure by structure, on
/// a generated register, so that the comparison in docs/PERFORMANCE.md does not drift from the rules it claims to implement.
/// </summary>
[Collection(PostgresServerGroup.Name)]
public sealed class ConformityPeerTests(PostgresServer server, CommittedBundleFixture bundle)
{
    [Fact]
    public async Task ThePeer_FindsTheEnginesFailingRulesForEveryStructureOfA1000StructureRegister()
    {
        var plan = bundle.Plan;
        var register = RegisterGenerator.Build(plan, 1000, 21);
        var connection = await server.NewDatabaseAsync();
        var peer = new PostGisPeer.PostGisPeer(connection);
        await peer.PrepareAsync(plan);
        await ConformityBench.LoadAsync(connection, register);
        await using var session = await peer.OpenSessionAsync();
        var rows = await ConformityBench.HoldAsync(session, plan);

        var index = new PlanIndex(plan, DateOnly.FromDateTime(DateTime.UtcNow));
        IReadOnlyList<IAppraisalRule> covered = [.. ConformityCheck.Rules.Where(r => ConformityBench.CoveredRules.Contains(r.Id))];
        var engine = new ConformityCheck(index, rules: covered).CheckAll(register);
        Assert.Equal(engine.Count, rows.Count);
        var differences = engine
            .Select((r, i) => (r.SiteId, Engine: ConformityBench.Failing(r), Peer: ConformityBench.Failing(rows[i])))
            .Where(d => d.Engine != d.Peer)
            .ToList();
        Assert.True(
            differences.Count == 0,
            string.Join("\n", differences.Select(d => $"{d.SiteId}: engine [{d.Engine}], peer [{d.Peer}]"))
        );
        // The sample must make the rules object, not only pass.
        var objecting = rows.SelectMany(r => r.Where(o => o.Value == "fail").Select(o => o.Key)).ToHashSet();
        Assert.Superset(new HashSet<string>(["R05", "R06", "R07"]), objecting);
    }
}
