using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Reporting;

/// <summary>Fiber kilometres by owner, laying and kind (backbone, inter-district, access), planar in the province's TM-3 plane.</summary>
public static class FiberFigures
{
    public static IEnumerable<ReportFigure> ByOwner(PlanIndex index)
    {
        var routes = index.FiberRoutes.Features;
        var number = 0;
        foreach (var owner in routes.Select(r => r.Item.Owner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            number++;
            var own = routes.Where(r => r.Item.Owner == owner).ToList();
            var key = "owner:" + owner;
            yield return new ReportFigure(key, $"{number}", owner, owner, "km", Km(own), FigureFormat.Decimal, IsTotal: true);
            yield return new ReportFigure(
                key + ":underground",
                $"{number}.1",
                "Cáp ngầm",
                "Underground",
                "km",
                Km(own.Where(r => r.Item.Laying == Laying.Underground)),
                FigureFormat.Decimal
            );
            yield return new ReportFigure(
                key + ":aerial",
                $"{number}.2",
                "Cáp treo",
                "Aerial",
                "km",
                Km(own.Where(r => r.Item.Laying == Laying.Aerial)),
                FigureFormat.Decimal
            );
            var k = 2;
            foreach (var kind in own.Select(r => r.Item.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                k++;
                yield return new ReportFigure(
                    key + ":kind:" + kind,
                    $"{number}.{k}",
                    KindVi(kind),
                    kind,
                    "km",
                    Km(own.Where(r => r.Item.Kind == kind)),
                    FigureFormat.Decimal
                );
            }
        }
        yield return new ReportFigure("routes", "", "Số tuyến cáp quang", "Fiber routes", "tuyến", routes.Count, IsTotal: true);
        yield return new ReportFigure(
            "total",
            "",
            "Tổng chiều dài cáp quang",
            "Total fiber length",
            "km",
            Km(routes),
            FigureFormat.Decimal,
            IsTotal: true
        );
    }

    private static double Km(IEnumerable<IndexedFeature<FiberRoute>> routes) => routes.Sum(r => r.Metric.Length) / 1000;

    private static string KindVi(string kind) =>
        kind switch
        {
            "backbone" => "Tuyến trục",
            "inter-district" or "inter_district" => "Tuyến liên huyện",
            "access" => "Tuyến truy nhập",
            _ => kind,
        };
}
