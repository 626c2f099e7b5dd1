using NetTopologySuite.Geometries;
using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Reporting;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator;
using TelecomGis.Generator.Provinces;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Tests.Provinces;

/// <summary>
/// The shipped data/hai-phong and data/vinh-long: exactly what <c>generate bundle --province</c> writes, and in Hải Phòng the former
/// Hải Dương's published figures measured back from the data (spec COVERAGE.md and GLOSSARY.md): 294 postal points, a 1.34 km
/// average service radius and 6,110 people per point on the 2017 population, 2,952 BTS on 1,300 structures, 4,508 km of fiber on
/// more than 1,000 routes.
/// </summary>
public class CalibratedBundleTests
{
    private static readonly Lazy<ProvincePlan> HaiPhong = new(() => PlanBundleReader.Read(Bundle("hai-phong")));

    private static string Bundle(string name) => Path.Combine(TestPaths.RepositoryRoot, "data", name);

    /// <summary>The 2025 communes the merger table makes from Hải Dương's (pre-2025 province 30).</summary>
    private static readonly HashSet<string> FormerHaiDuong = CalibratedBundleGenerator.FormerProvinceCommunes(
        Path.Combine(TestPaths.SharedData, "admin"),
        "30"
    );

    [Theory]
    [InlineData("31", "hai-phong")]
    [InlineData("86", "vinh-long")]
    public void TheCommittedBundleIsExactlyWhatTheGeneratorWrites(string code, string folder)
    {
        var dir = TestPaths.NewTempDir();
        try
        {
            CalibratedBundleGenerator.Generate(TestPaths.SharedData, dir, code, BundleGenerator.DefaultSeed);
            foreach (var file in Directory.GetFiles(dir))
            {
                var name = Path.GetFileName(file);
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Bundle(folder), name))), name);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void FormerHaiDuongIs64CommunesOfThePublishedArea()
    {
        var communes = HaiPhong.Value.Communes.Where(c => FormerHaiDuong.Contains(c.Code) && c.Validity.To is null).ToList();
        Assert.Equal(64, communes.Count);
        Assert.Equal(HaiDuongFigures.AreaKm2, communes.Sum(c => c.AreaKm2), 2);
    }

    [Fact]
    public void ThePostalAnalysisGivesHaiDuongs294PointsAnd134KmServiceRadius()
    {
        var report = PostalAnalysis.Run(HaiPhong.Value, new DateOnly(2026, 1, 15));
        var figures = new PostalServiceFigures(0, 0, 0);
        foreach (var row in report.Communes.Where(r => FormerHaiDuong.Contains(r.Commune.Code)))
            figures += row.Figures;

        Assert.Equal(294, figures.Points);
        Assert.Equal(1.34, Math.Round(figures.ServiceRadiusKm, 2));
        // The bundle's populations are those published with the 2025 merger (year not stated), not 2017's: on the report's 2017
        // population the same points give its 6,110 people per point.
        Assert.Equal(6110, Math.Round((figures with { Population = HaiDuongFigures.Population2017 }).PeoplePerPoint));
    }

    [Fact]
    public void EveryRuralCommuneOfTheFormerHaiDuongHasACulturalPostOffice()
    {
        // Hải Dương's report: a cultural post office (điểm Bưu điện – Văn hóa xã) in every rural commune; the department counts xã.
        var report = PostalAnalysis.Run(HaiPhong.Value, new DateOnly(2026, 1, 15));
        var rural = CulturalPostOffices.Of(report.Communes.Where(r => FormerHaiDuong.Contains(r.Commune.Code)));
        Assert.True(rural.RuralCommunes > 0);
        Assert.Equal(rural.RuralCommunes, rural.WithCulturalPostOffice);
    }

    [Fact]
    public void HaiDuongHas2952BtsCountedPerTechnologyOn1300Structures()
    {
        var (inside, _) = Split(HaiPhong.Value);
        var structures = HaiPhong.Value.Sites.Where(s => inside(s.Location.Coordinate)).ToList();
        Assert.Equal(1300, structures.Count);
        var perTechnology = structures
            .SelectMany(s => s.Sectors.Select(x => x.Technology).Distinct())
            .GroupBy(t => t)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2952, perTechnology.Values.Sum());
        Assert.Equal(3, perTechnology.Count);
    }

    [Fact]
    public async Task TheRegisterTakesHaiPhongsSitesAndCountsHaiDuongs2952BtsOn1300Structures()
    {
        // As the service's first run does: the bundle's existing sites into an empty store's register, then its counts.
        var path = Path.Combine(TestPaths.NewTempDir(), "hai-phong.gpkg");
        await using var store = await TelecomGis.Storage.GeoPackage.GeoPackageStore.OpenAsync(path);
        var events = TelecomGis.Core.Register.RegisterImport.FromSites(
            HaiPhong.Value.Sites,
            TelecomGis.Core.Register.RegisterState.Empty,
            new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero),
            "test",
            "plan"
        );
        await store.AppendRegisterEventsAsync(events);
        var register = await store.LoadRegisterAsync();
        var (inside, _) = Split(HaiPhong.Value);

        var formerHaiDuong = register.Counts(s => inside(s.Location.Coordinate));
        Assert.Equal(1300, formerHaiDuong.Structures);
        Assert.Equal(2952, formerHaiDuong.Bts);
        Assert.Equal(HaiPhong.Value.Sites.Count, register.Counts().Structures);
    }

    [Fact]
    public void HaiDuongHas4508KmOfFiberOnMoreThan1000Routes()
    {
        var (inside, frame) = Split(HaiPhong.Value);
        var routes = HaiPhong.Value.FiberRoutes.Where(r => inside(r.Path.Coordinates[r.Path.NumPoints / 2])).ToList();
        Assert.True(routes.Count > 1000, $"{routes.Count} routes");
        var km = routes.Sum(r => frame.ToMetric(r.Path).Length) / 1000;
        Assert.InRange(km, 4507, 4509);
    }

    /// <summary>Whether a point lies in a 2025 commune of the former Hải Dương; and the province's TM-3 frame.</summary>
    private static (Func<Coordinate, bool> Inside, MetricFrame Frame) Split(ProvincePlan plan)
    {
        var locators = plan
            .Communes.Where(c => FormerHaiDuong.Contains(c.Code) && c.Validity.To is null)
            .Select(c => new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(c.Boundary))
            .ToList();
        return (c => locators.Any(l => l.Locate(c) != Location.Exterior), new MetricFrame(plan.Province.Epsg));
    }
}
