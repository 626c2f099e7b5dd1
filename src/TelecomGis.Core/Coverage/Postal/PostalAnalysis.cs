using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Coverage.Postal;

/// <summary>
/// Postal service per commune, district and province (COVERAGE.md). A point belongs to the commune whose boundary holds it (so
/// any date's units can be used), or, when it lies outside every boundary (a pier, an islet the generalised polygons miss), to
/// the commune its <c>commune_code</c> names. Areas and populations are the published ones. Districts were abolished on
/// 1 July 2025: the district table uses the last units that carried a district (<see cref="PostalReport.DistrictsOn"/>).
/// </summary>
public static class PostalAnalysis
{
    public static PostalReport Run(ProvincePlan plan, DateOnly communesOn)
    {
        var frame = new MetricFrame(plan.Province.Epsg);
        var communes = plan.Communes.Where(c => c.Validity.Contains(communesOn)).ToList();
        var points = plan.PostalPoints.Select(p => (Point: p, At: frame.ToMetric(p.Location.X, p.Location.Y))).ToList();
        var pointLayer = new SpatialLayer<PostalServicePoint>(points.Select(p => (p.Point, (Geometry)frame.Factory.CreatePoint(p.At))));

        var assignment = Assign(communes, points.Select(p => (p.Point.CommuneCode, p.At)).ToList(), frame);
        var headquarters = CommuneHeadquarters.Of(communes, plan.Zones, frame);
        var rows = new List<CommunePostalService>(communes.Count);
        for (var i = 0; i < communes.Count; i++)
        {
            var count = 0;
            var cultural = 0;
            for (var k = 0; k < points.Count; k++)
            {
                if (assignment[k] != i) continue;
                count++;
                if (points[k].Point.Kind == PostalPointKind.CulturalPostOffice) cultural++;
            }
            var nearest = pointLayer.NearestAnywhere(headquarters[i].MetricLocation);
            rows.Add(new CommunePostalService(communes[i], new PostalServiceFigures(count, communes[i].AreaKm2, communes[i].Population), cultural,
                headquarters[i], nearest?.Feature.Item.Id, nearest?.DistanceM ?? double.PositiveInfinity));
        }

        // The province counts every point, also one that no commune boundary or code claims.
        var province = Summary(plan.Province.Name, rows);
        province = province with { Figures = province.Figures with { Points = plan.PostalPoints.Count } };
        var (districtsOn, districts) = Districts(plan, points.Select(p => (p.Point.CommuneCode, p.At)).ToList(), frame);
        return new PostalReport(communesOn, rows, districtsOn, districts, province);
    }

    private static PostalAreaSummary Summary(string name, List<CommunePostalService> rows)
    {
        var figures = new PostalServiceFigures(0, 0, 0);
        foreach (var r in rows) figures += r.Figures;
        return new PostalAreaSummary(name, rows.Count, rows.Count(r => !r.HasCulturalPostOffice), figures);
    }

    /// <summary>Per district, from the latest date on which communes still carried a district.</summary>
    private static (DateOnly? On, IReadOnlyList<PostalAreaSummary> Districts) Districts(ProvincePlan plan, List<(string CommuneCode, Coordinate At)> points,
        MetricFrame frame)
    {
        var withDistrict = plan.Communes.Where(c => c.DistrictName is not null).ToList();
        if (withDistrict.Count == 0) return (null, []);
        var on = withDistrict.Max(c => c.Validity.To ?? DateOnly.MaxValue);
        if (on == DateOnly.MaxValue) on = withDistrict.Max(c => c.Validity.From);
        var communes = withDistrict.Where(c => c.Validity.Contains(on)).ToList();
        var assignment = Assign(communes, points, frame);
        var cultural = new int[communes.Count];
        var counts = new int[communes.Count];
        for (var k = 0; k < points.Count; k++)
        {
            if (assignment[k] < 0) continue;
            counts[assignment[k]]++;
            if (plan.PostalPoints[k].Kind == PostalPointKind.CulturalPostOffice) cultural[assignment[k]]++;
        }
        var result = communes.Select((c, i) => (c.DistrictName!, Figures: new PostalServiceFigures(counts[i], c.AreaKm2, c.Population), Cultural: cultural[i]))
            .GroupBy(x => x.Item1, StringComparer.Ordinal)
            .Select(g =>
            {
                var figures = new PostalServiceFigures(0, 0, 0);
                foreach (var x in g) figures += x.Figures;
                return new PostalAreaSummary(g.Key, g.Count(), g.Count(x => x.Cultural == 0), figures);
            })
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        return (on, result);
    }

    /// <summary>Per point, the index of the commune holding it, else of the commune its code names, else −1.</summary>
    private static int[] Assign(List<Commune> communes, List<(string CommuneCode, Coordinate At)> points, MetricFrame frame)
    {
        var tree = new STRtree<(int Index, IPreparedGeometry Area)>();
        for (var i = 0; i < communes.Count; i++)
        {
            var metric = frame.ToMetric(communes[i].Boundary);
            tree.Insert(metric.EnvelopeInternal, (i, PreparedGeometryFactory.Prepare(metric)));
        }
        tree.Build();
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < communes.Count; i++) byCode.TryAdd(communes[i].Code, i);
        var result = new int[points.Count];
        for (var k = 0; k < points.Count; k++)
        {
            var point = frame.Factory.CreatePoint(points[k].At);
            result[k] = -1;
            foreach (var (index, area) in tree.Query(point.EnvelopeInternal))
            {
                if (!area.Covers(point)) continue;
                result[k] = index;
                break;
            }
            if (result[k] < 0 && byCode.TryGetValue(points[k].CommuneCode, out var coded)) result[k] = coded;
        }
        return result;
    }
}
