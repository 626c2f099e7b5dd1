using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator;

namespace TelecomGis.PostGisPeer;

/// <summary>
/// The register's conformity job beside its PostGIS peer (docs/PERFORMANCE.md, "Conformity of a national-scale register"):
/// a generated register of N structures (<c>generate register</c>'s generator) held against the plan by <see cref="ConformityCheck"/>
/// on every core, by the same check restricted to the rules the peer covers, and by conformity.sql in one query; every structure's
/// failing rules compared; then the impact of a second plan version (towns capped lower, the camouflage deadline a year later).
/// </summary>
public static class ConformityBench
{
    public static readonly IReadOnlyList<string> CoveredRules = ["R01", "R03", "R05", "R06", "R07"];

    public static async Task<int> RunAsync(string connection, ProvincePlan plan, int count, int seed, int runs)
    {
        var clock = Stopwatch.StartNew();
        var register = RegisterGenerator.Build(plan, count, seed);
        Console.WriteLine(
            $"plan {plan.Version.Short}; register of {register.Count:N0} structures (seed {seed}) generated in {clock.Elapsed.TotalSeconds:0.00} s; "
                + $"{Environment.ProcessorCount} cores; peer covers {string.Join(", ", CoveredRules)}"
        );
        var index = new PlanIndex(plan, DateOnly.FromDateTime(DateTime.UtcNow));
        var full = new ConformityCheck(index);
        var covered = new ConformityCheck(index, rules: [.. ConformityCheck.Rules.Where(r => CoveredRules.Contains(r.Id))]);

        IReadOnlyList<StructureConformity> all = [];
        var fullTimes = Time(runs, () => all = full.CheckAll(register));
        IReadOnlyList<StructureConformity> mine = [];
        var coveredTimes = Time(runs, () => mine = covered.CheckAll(register));
        var coveredOneThread = Time(runs, () =>
            mine = [.. register.Where(s => s.Standing.Status != RegisterStatus.PendingProposal).Select(covered.Check)]
        );

        var peer = new PostGisPeer(connection);
        clock.Restart();
        await peer.PrepareAsync(plan);
        await LoadAsync(connection, register);
        Console.WriteLine($"peer:   plan imported, {register.Count:N0} structures copied in {clock.Elapsed.TotalSeconds:0.00} s");
        await using var session = await peer.OpenSessionAsync();
        var sql = PostGisPeer.Script("conformity.sql", plan);
        var peerRows = await QueryAsync(session, sql); // first run on the backend: PROJ's look-ups
        var peerTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            peerRows = await QueryAsync(session, sql);
            peerTimes.Add(clock.Elapsed.TotalSeconds);
        }

        var differences = 0;
        for (var i = 0; i < mine.Count; i++)
        {
            var engine = Failing(mine[i]);
            var sqlFailing = Failing(peerRows[i]);
            if (engine != sqlFailing)
            {
                if (differences++ < 10)
                    Console.WriteLine($"  {mine[i].SiteId}: engine [{engine}], peer [{sqlFailing}]");
            }
        }
        var byRule = all.SelectMany(r => r.Failures).GroupBy(f => f.RuleId).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}");
        Console.WriteLine(
            $"held: {all.Count:N0} (pending proposals left to the desk); non-conforming {all.Count(r => !r.Conforms && r.Judged):N0}; failures by rule: {string.Join(", ", byRule)}"
        );
        Console.WriteLine(
            $"identical failing rules on the covered rules: {mine.Count - differences:N0} of {mine.Count:N0}; differences: {differences}"
        );

        // A second plan version: towns capped at 25 m instead of 30, the camouflage deadline a year later.
        var next = plan with
        {
            Version = new PlanVersion(new string('1', 64)),
            Zones = [.. plan.Zones.Select(z => z.Kind == "urban" ? z with { MaxHeightM = Math.Min(z.MaxHeightM, 25) } : z)],
            Rules = new RuleTable(
                plan.Rules.Parameters.Select(p => p.Key == "ROADMAP.camouflage_deadline_year" ? p with { Value = p.Value + 1 } : p)
            ),
        };
        ConformityImpact? impact = null;
        var impactTimes = Time(runs, () =>
        {
            var after = new ConformityCheck(new PlanIndex(next, index.CommunesValidOn)).CheckAll(register);
            impact = ConformityImpact.Between(plan.Version.Short, all, next.Version.Short, after);
        });
        Console.WriteLine(
            $"impact of the second version: {impact!.Changes.Count:N0} changed ({string.Join(", ", impact.CountByKind.Select(k => $"{k.Key} {k.Value:N0}"))}); "
                + $"non-conforming {impact.NonconformingBefore:N0} → {impact.NonconformingAfter:N0}"
        );

        var (f, c, c1, p, im) = (Median(fullTimes), Median(coveredTimes), Median(coveredOneThread), Median(peerTimes), Median(impactTimes));
        Console.WriteLine(
            $"engine, all conformity rules (R01 R03 R05 R06 R07 R10), every core: {f:0.000} s = {all.Count / f:N0} structures/s (median of {runs})"
        );
        Console.WriteLine($"engine, covered rules, every core: {c:0.000} s; one thread: {c1:0.000} s");
        Console.WriteLine($"PostGIS peer, covered rules, one query on a warm session: {p:0.000} s (median of {runs})");
        Console.WriteLine($"ratio peer / engine on the same rules: {p / c:0.0}x (every core), {p / c1:0.0}x (one thread)");
        Console.WriteLine($"second version indexed, re-held and compared (the impact report): {im:0.000} s");
        return differences == 0 ? 0 : 1;
    }

    /// <summary>Replaces peer_structures with the register's structures that are held (pending proposals left out), ids in order.</summary>
    public static async Task LoadAsync(string connectionString, IReadOnlyList<Site> register)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (
            var create = new NpgsqlCommand(
                "DROP TABLE IF EXISTS peer_structures; CREATE TABLE peer_structures (id integer PRIMARY KEY, lon_deg float8 NOT NULL, "
                    + "lat_deg float8 NOT NULL, pole_class text NOT NULL, height_m float8 NOT NULL, camouflaged boolean NOT NULL)",
                connection
            )
        )
            await create.ExecuteNonQueryAsync();
        await using (
            var copy = await connection.BeginBinaryImportAsync(
                "COPY peer_structures (id, lon_deg, lat_deg, pole_class, height_m, camouflaged) FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            // The same structures the engine holds, in its order (pending proposals are left out on both sides).
            var held = register.Where(s => s.Standing.Status != RegisterStatus.PendingProposal).ToList();
            for (var i = 0; i < held.Count; i++)
            {
                var s = held[i];
                await copy.StartRowAsync();
                await copy.WriteAsync(i, NpgsqlDbType.Integer);
                await copy.WriteAsync(s.Location.X, NpgsqlDbType.Double);
                await copy.WriteAsync(s.Location.Y, NpgsqlDbType.Double);
                await copy.WriteAsync(s.PoleClass.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(s.HeightM, NpgsqlDbType.Double);
                await copy.WriteAsync(s.Camouflaged, NpgsqlDbType.Boolean);
            }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE peer_structures", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>Runs conformity.sql on a session: per structure (id order), each covered rule's outcome code.</summary>
    public static Task<List<Dictionary<string, string>>> HoldAsync(NpgsqlConnection session, ProvincePlan plan) =>
        QueryAsync(session, PostGisPeer.Script("conformity.sql", plan));

    /// <summary>The failing covered rules, comma-separated ("R01" alone when outside the province), as the engine's result gives them.</summary>
    public static string Failing(StructureConformity r) => r.Judged ? string.Join(",", r.Failures.Select(f => f.RuleId)) : "R01";

    /// <summary>The same for a row of the peer.</summary>
    public static string Failing(IReadOnlyDictionary<string, string> row) =>
        string.Join(",", CoveredRules.Where(r => row[r] is "fail" or "consult"));

    private static async Task<List<Dictionary<string, string>>> QueryAsync(NpgsqlConnection session, string sql)
    {
        await using var command = new NpgsqlCommand(sql, session) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, string>(CoveredRules.Count);
            for (var i = 0; i < CoveredRules.Count; i++)
                row[CoveredRules[i]] = reader.GetString(i + 1);
            rows.Add(row);
        }
        return rows;
    }

    private static List<double> Time(int runs, Action action)
    {
        action(); // warm-up: the first run loads and compiles
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalSeconds);
        }
        return times;
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
}
