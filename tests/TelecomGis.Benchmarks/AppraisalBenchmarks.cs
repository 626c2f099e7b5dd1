using BenchmarkDotNet.Attributes;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Benchmarks;

/// <summary>
/// The appraisal kernel on the bundled Quảng Ninh plan: one site (the Móng Cái seed, needs consultation), a mixed stream of
/// sites drawn uniformly over the province, and the "where would it conform" search.
/// </summary>
[MemoryDiagnoser]
public class AppraisalBenchmarks
{
    private AppraisalEngine _engine = null!;
    private ProposedSite _mongCai = null!;
    private ProposedSite[] _mixed = null!;
    private ProposedSite _crowded = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanBundleReader.Read(BundleLocator.QuangNinh());
        var index = new PlanIndex(plan, DateOnly.FromDateTime(DateTime.UtcNow));
        _engine = new AppraisalEngine(index);
        _mongCai = new ProposedSite(1, "Viettel", "MC-33", 107.97826, 21.53008, PoleClass.A2b, 33, false);

        // Uniform points over the province's envelope, kept where they fall inside it.
        var random = new Random(2015);
        var env = plan.Province.Boundary.EnvelopeInternal;
        var province = index.Province.Features[0];
        var classes = Enum.GetValues<PoleClass>();
        var list = new List<ProposedSite>();
        while (list.Count < 4096)
        {
            var lon = env.MinX + random.NextDouble() * env.Width;
            var lat = env.MinY + random.NextDouble() * env.Height;
            if (!province.Covers(index.Frame.ToMetric(lon, lat)))
                continue;
            list.Add(
                new ProposedSite(
                    list.Count + 1,
                    "VNPT",
                    $"B{list.Count}",
                    lon,
                    lat,
                    classes[random.Next(classes.Length)],
                    10 + random.Next(50),
                    random.Next(2) == 0
                )
            );
        }
        _mixed = [.. list];
        var site = plan.Sites[0];
        _crowded = new ProposedSite(1, "MobiFone", "NEAR", site.Location.X + 0.001, site.Location.Y, PoleClass.A2b, 40, false);
    }

    [Benchmark(Description = "appraise: Móng Cái seed (R01–R12)")]
    public Verdict AppraiseSeed() => _engine.Appraise(_mongCai).Verdict;

    [Benchmark(Description = "appraise: mixed sites over the province")]
    public Verdict AppraiseMixed() => _engine.Appraise(_mixed[_next++ & 4095]).Verdict;

    [Benchmark(Description = "where would it conform: ~100 m from an existing tower")]
    public bool WhereWouldItConform() => _engine.FindConformingAlternative(_crowded).Found;
}
