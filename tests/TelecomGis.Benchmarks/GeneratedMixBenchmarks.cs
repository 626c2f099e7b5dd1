using BenchmarkDotNet.Attributes;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Benchmarks;

/// <summary>
/// The appraisal over the macro benchmark's own mix (<c>generate proposals --seed 7</c>, as <c>tools/bench/macro.sh</c> and the PostGIS
/// peer read it): carriers' own and shared positions, sharing claims, DMS and VN-2000 rows, sites near the coast, aerodromes and
/// restricted areas. <see cref="AppraisalBenchmarks"/> measures one site and a uniform draw; this one says what a site of the real
/// batch costs, with every rule (<c>Rule = all</c>) or with one rule alone (the context's zone lookup included), and what writing the
/// objections' sentences adds, as the CLI and the API do.
/// </summary>
[MemoryDiagnoser]
public class GeneratedMixBenchmarks
{
    private const int Sites = 16_384;

    private ProposedSite[] _sites = null!;
    private AppraisalEngine _engine = null!;
    private int _next;

    /// <summary>"all" (R01–R12) or one rule's id.</summary>
    [ParamsSource(nameof(Rules))]
    public string Rule { get; set; } = "all";

    /// <summary>
    /// "all" alone by default (two benchmarks, about a minute with <c>--job short</c>); <c>TELECOMGIS_BENCH_RULES=each</c> adds every
    /// rule alone (26 benchmarks, several minutes).
    /// </summary>
    public static IEnumerable<string> Rules =>
        Environment.GetEnvironmentVariable("TELECOMGIS_BENCH_RULES") == "each"
            ? ["all", .. AppraisalEngine.StandardRules.Select(r => r.Id)]
            : ["all"];

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanBundleReader.Read(BundleLocator.QuangNinh());
        var index = new PlanIndex(plan, DateOnly.FromDateTime(DateTime.UtcNow));
        var csv = new StringWriter();
        ProposalGenerator.Generate(plan, Sites, seed: 7, csv, badRowShare: 0.01);
        _sites =
        [
            .. SubmissionCsvReader
                .Read(new StringReader(csv.ToString()), transformation: plan.Province.Transformation)
                .Where(r => r.Site is not null)
                .Select(r => r.Site!),
        ];
        _engine = new AppraisalEngine(index, Rule == "all" ? null : [.. AppraisalEngine.StandardRules.Where(r => r.Id == Rule)]);
    }

    [Benchmark(Description = "appraise: generated mix (seed 7), verdict only")]
    public Verdict Verdict() => _engine.Appraise(_sites[_next++ % _sites.Length]).Verdict;

    [Benchmark(Description = "appraise: generated mix (seed 7), with the objections' sentences")]
    public int WithSentences()
    {
        var result = _engine.Appraise(_sites[_next++ % _sites.Length]);
        var length = 0;
        foreach (var o in result.Objections)
            length += o.MessageVi.Length + o.MessageEn.Length;
        return length;
    }
}
