using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Coverage.Postal;

/// <summary>
/// Postal service per commune, district and province (COVERAGE.md). A point belongs to the commune whose boundary holds it (so
/// any date's units can be used), or, when it lies outside every boundary (a pier, an islet the generalised polygons miss), to
/// the commune its <c>commune_code</c> names. Areas and populations are the published ones. Districts were abolished on
/// 1 July 2025: the district table uses the last units that carried a district (<see cref="DistrictUnits"/>).
/// </summary>
public static class PostalAnalysis
{
    /// <summary>The postal figures of the communes valid on the index's day (<see cref="PlanIndex.CommunesValidOn"/>).</summary>
    public static PostalReport Run(PlanIndex index)
    {
        var plan = index.Plan;
        var points = plan.PostalPoints.Select(p => (p.CommuneCode, At: index.Frame.ToMetric(p.Location.X, p.Location.Y))).ToList();
        var communes = index.Communes;
        var assignment = Assign(communes, points);
        var headquarters = CommuneHeadquarters.Of(index);
        var rows = new List<CommunePostalService>(communes.Count);
        for (var i = 0; i < communes.Count; i++)
        {
            var commune = communes.Features[i].Item;
            var count = 0;
            var cultural = 0;
            for (var k = 0; k < points.Count; k++)
            {
                if (assignment[k] != i)
                    continue;
                count++;
                if (plan.PostalPoints[k].Kind == PostalPointKind.CulturalPostOffice)
                    cultural++;
            }
            var nearest = index.PostalPoints.NearestAnywhere(headquarters[i].MetricLocation);
            rows.Add(
                new CommunePostalService(
                    commune,
                    new PostalServiceFigures(count, commune.AreaKm2, commune.Population),
                    cultural,
                    headquarters[i],
                    nearest?.Feature.Item.Id,
                    nearest?.DistanceM ?? double.PositiveInfinity
                )
            );
        }

        // The province counts every point, also one that no commune boundary or code claims.
        var province = Summary(plan.Province.Name, rows);
        province = province with { Figures = province.Figures with { Points = plan.PostalPoints.Count } };
        var districts = Districts(index, points);
        return new PostalReport(index.CommunesValidOn, rows, index.LastDistrictUnits?.On, districts, province);
    }

    /// <summary>The same for a plan not yet indexed: indexes it for <paramref name="communesOn"/>.</summary>
    public static PostalReport Run(ProvincePlan plan, DateOnly communesOn) => Run(new PlanIndex(plan, communesOn));

    private static PostalAreaSummary Summary(string name, List<CommunePostalService> rows)
    {
        var figures = new PostalServiceFigures(0, 0, 0);
        foreach (var r in rows)
            figures += r.Figures;
        return new PostalAreaSummary(
            name,
            rows.Count,
            rows.Count(r => r.Commune.Kind == AdministrativeUnitKind.Commune && !r.HasCulturalPostOffice),
            figures
        );
    }

    /// <summary>Per district, from the last units that carried one (empty when the plan has none).</summary>
    private static List<PostalAreaSummary> Districts(PlanIndex index, List<(string CommuneCode, Coordinate At)> points)
    {
        if (index.LastDistrictUnits is null)
            return [];
        var communes = index.DistrictCommunes;
        var assignment = Assign(communes, points);
        var cultural = new int[communes.Count];
        var counts = new int[communes.Count];
        for (var k = 0; k < points.Count; k++)
        {
            if (assignment[k] < 0)
                continue;
            counts[assignment[k]]++;
            if (index.Plan.PostalPoints[k].Kind == PostalPointKind.CulturalPostOffice)
                cultural[assignment[k]]++;
        }
        return communes
            .Features.Select(
                (f, i) =>
                    (
                        f.Item.DistrictName!,
                        Figures: new PostalServiceFigures(counts[i], f.Item.AreaKm2, f.Item.Population),
                        Cultural: cultural[i],
                        Rural: f.Item.Kind == AdministrativeUnitKind.Commune
                    )
            )
            .GroupBy(x => x.Item1, StringComparer.Ordinal)
            .Select(g =>
            {
                var figures = new PostalServiceFigures(0, 0, 0);
                foreach (var x in g)
                    figures += x.Figures;
                return new PostalAreaSummary(g.Key, g.Count(), g.Count(x => x.Rural && x.Cultural == 0), figures);
            })
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Per point, the index of the commune holding it, else of the commune its code names, else −1.</summary>
    private static int[] Assign(SpatialLayer<Commune> communes, List<(string CommuneCode, Coordinate At)> points)
    {
        var holding = new AreaLocator<Commune>(communes);
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < communes.Count; i++)
            byCode.TryAdd(communes.Features[i].Item.Code, i);
        var result = new int[points.Count];
        for (var k = 0; k < points.Count; k++)
        {
            var held = holding.IndexAt(points[k].At);
            result[k] = held >= 0 ? held : byCode.GetValueOrDefault(points[k].CommuneCode, -1);
        }
        return result;
    }
}
