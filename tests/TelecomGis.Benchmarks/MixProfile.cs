using System.Diagnostics;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Benchmarks;

/// <summary>
/// <c>--mix-profile [count]</c>: a quick, single-threaded account of where the generated mix (seed 7) spends its time, rule by rule
/// (each rule alone over every site, the context's zone lookup included, after a warm-up pass) and by kind of site. A guide for
/// where to look, not a figure to quote: <see cref="GeneratedMixBenchmarks"/> gives those.
/// </summary>
internal static class MixProfile
{
    public static void Run(int count)
    {
        var plan = PlanBundleReader.Read(BundleLocator.QuangNinh());
        var built = Stopwatch.StartNew();
        var index = new PlanIndex(plan, DateOnly.FromDateTime(DateTime.UtcNow));
        Console.WriteLine($"index built in {built.Elapsed.TotalMilliseconds:N0} ms (first build: includes compiling it)");
        built.Restart();
        _ = new PlanIndex(plan, DateOnly.FromDateTime(DateTime.UtcNow));
        Console.WriteLine($"built again in {built.Elapsed.TotalMilliseconds:N0} ms");
        DossierIntake(plan, index);
        if (count == 0)
            return;
        var csv = new StringWriter();
        ProposalGenerator.Generate(plan, count, seed: 7, csv, badRowShare: 0.01);
        var sites = SubmissionCsvReader
            .Read(new StringReader(csv.ToString()), transformation: plan.Province.Transformation)
            .Where(r => r.Site is not null)
            .Select(r => r.Site!)
            .ToArray();
        Console.WriteLine($"{sites.Length:N0} sites of the generated mix (seed 7), one thread");

        var all = new AppraisalEngine(index);
        Time("all rules, verdict only", sites, s => all.Appraise(s));
        Time("all rules, with the objections' sentences", sites, s =>
        {
            foreach (var o in all.Appraise(s).Objections)
                _ = o.MessageVi.Length + o.MessageEn.Length;
        });
        // The rules the PostGIS peer covers (tools/bench/postgis-peer): the engine its ratio is taken against.
        string[] peerCovers = ["R01", "R03", "R04", "R05", "R06", "R07", "R08", "R11"];
        var covered = new AppraisalEngine(index, [.. AppraisalEngine.StandardRules.Where(r => peerCovers.Contains(r.Id))]);
        Time("the PostGIS peer's rules (R01, R03–R08, R11)", sites, s => covered.Appraise(s));
        if (Environment.GetEnvironmentVariable("TELECOMGIS_MIX_LOOP") is { } loop)
        {
            // For a profiler: the peer's rules alone, over and over.
            for (var i = 0; i < int.Parse(loop, System.Globalization.CultureInfo.InvariantCulture); i++)
                foreach (var s in sites)
                    covered.Appraise(s);
            return;
        }
        var none = new AppraisalEngine(index, []);
        Time("no rule (context: zones, shared site)", sites, s => none.Appraise(s));
        foreach (var rule in AppraisalEngine.StandardRules)
        {
            var one = new AppraisalEngine(index, [rule]);
            Time($"{rule.Id} alone", sites, s => one.Appraise(s));
        }

        // Which sites cost: each site timed alone with every rule, grouped.
        var cost = new double[sites.Length];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < sites.Length; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                all.Appraise(sites[i]);
                cost[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
            }
        }
        void Group(string name, Func<ProposedSite, string> key)
        {
            Console.WriteLine($"by {name}:");
            foreach (
                var g in sites.Select((s, i) => (Key: key(s), Cost: cost[i])).GroupBy(x => x.Key).OrderByDescending(g => g.Sum(x => x.Cost))
            )
                Console.WriteLine(
                    $"  {g.Key, -28} {g.Count(), 7:N0} sites {g.Average(x => x.Cost), 8:0.0} µs each, {g.Sum(x => x.Cost) / 1000, 8:0.0} ms"
                );
        }
        Group("verdict", s => all.Appraise(s).Verdict.Code());
        Group("sharing claim", s => s.IsNewStructure ? "new structure" : "shares a site");
        Group("carrier", s => s.Carrier);
        Group("pole class", s => s.PoleClass.ToString());
        var sorted = cost.OrderDescending().ToArray();
        Console.WriteLine(
            $"slowest 1 % of sites: {sorted.Take(sites.Length / 100).Sum() / sorted.Sum():P0} of the time; median {sorted[sites.Length / 2]:0.0} µs, p99 {sorted[sites.Length / 100]:0.0} µs"
        );
    }

    private static void Time(string name, ProposedSite[] sites, Action<ProposedSite> action)
    {
        foreach (var s in sites)
            action(s); // warm-up
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var s in sites)
            action(s);
        var wall = clock.Elapsed.TotalMicroseconds / sites.Length;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / sites.Length;
        // Allocation is the other cost of a batch: what a site allocates, the collector must later trace past the rows kept alive.
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)sites.Length;
        Console.WriteLine($"  {name, -44} {wall, 7:0.0} µs wall, {used, 7:0.0} µs CPU, {bytes, 7:N0} bytes a site");
    }

    /// <summary>
    /// What a dossier received costs the register's engine: 20,000 pending proposals (the plan's sites copied and moved), then a
    /// dossier of five more added to them (<see cref="PlanIndex.WithSitesAdded"/>: the sites' tree is packed again whole).
    /// </summary>
    private static void DossierIntake(ProvincePlan plan, PlanIndex index)
    {
        var random = new Random(7);
        Site Moved(Site s, int i) =>
            s with
            {
                Id = $"P{i}",
                Location = new NetTopologySuite.Geometries.Point(
                    s.Location.X + (random.NextDouble() - 0.5) * 0.02,
                    s.Location.Y + (random.NextDouble() - 0.5) * 0.02
                ),
            };
        var pending = Enumerable.Range(0, 20_000).Select(i => Moved(plan.Sites[i % plan.Sites.Count], i)).ToList();
        var register = index.WithSitesAdded(pending);
        var clock = Stopwatch.StartNew();
        const int dossiers = 40;
        for (var d = 0; d < dossiers; d++)
            _ = register.WithSitesAdded([.. Enumerable.Range(0, 5).Select(k => Moved(plan.Sites[k], 100_000 + d * 5 + k))]);
        Console.WriteLine(
            $"a dossier of 5 added to {register.Sites.Count:N0} sites: {clock.Elapsed.TotalMilliseconds / dossiers:N1} ms (the sites' tree packed again)"
        );
    }
}
