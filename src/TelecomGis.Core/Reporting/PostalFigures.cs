using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Reporting;

/// <summary>Postal service points by kind, the average service radius and people per point (province), and cultural post offices
/// over rural communes (<see cref="CulturalPostOffices"/>), from <see cref="PostalAnalysis"/> on the day's communes.</summary>
public static class PostalFigures
{
    public static IEnumerable<ReportFigure> Summary(PostalReport report, IReadOnlyList<PostalServicePoint> points)
    {
        var province = report.Province.Figures;
        yield return new ReportFigure(
            "points",
            "1",
            "Tổng số điểm phục vụ bưu chính",
            "Postal service points",
            "điểm",
            province.Points,
            IsTotal: true
        );
        var n = 0;
        foreach (var kind in Enum.GetValues<PostalPointKind>())
        {
            n++;
            yield return new ReportFigure(
                "kind:" + kind,
                $"1.{n}",
                KindVi(kind),
                kind.ToString(),
                "điểm",
                points.Count(p => p.Kind == kind)
            );
        }
        yield return new ReportFigure(
            "radius-km",
            "2",
            "Bán kính phục vụ bình quân",
            "Average service radius",
            "km",
            double.IsFinite(province.ServiceRadiusKm) ? province.ServiceRadiusKm : null,
            FigureFormat.Decimal
        );
        yield return new ReportFigure(
            "people-per-point",
            "3",
            "Số dân bình quân được phục vụ trên một điểm",
            "People per point",
            "người/điểm",
            double.IsFinite(province.PeoplePerPoint) ? Math.Round(province.PeoplePerPoint) : null
        );
        var cultural = CulturalPostOffices.Of(report.Communes);
        yield return new ReportFigure(
            "rural-communes",
            "4",
            "Số xã (khu vực nông thôn)",
            "Rural communes (xã)",
            "xã",
            cultural.RuralCommunes,
            IsTotal: true
        );
        yield return new ReportFigure(
            "rural-with-cultural",
            "4.1",
            "Số xã có điểm Bưu điện – Văn hóa xã",
            "Rural communes with a cultural post office",
            "xã",
            cultural.WithCulturalPostOffice
        );
        yield return new ReportFigure(
            "rural-with-cultural-share",
            "4.2",
            "Tỷ lệ xã có điểm Bưu điện – Văn hóa xã",
            "Share of rural communes with one",
            "%",
            cultural.SharePercent,
            FigureFormat.Percent
        );
        yield return new ReportFigure(
            "communes-without-any-point",
            "5",
            "Đơn vị hành chính cấp xã chưa có điểm phục vụ",
            "Communes without any service point",
            "đơn vị",
            report.Communes.Count(c => c.Figures.Points == 0)
        );
    }

    /// <summary>Per commune of the day: points, service radius and people per point.</summary>
    public static IEnumerable<ReportFigure> ByCommune(PostalReport report)
    {
        var number = 0;
        foreach (var c in report.Communes)
        {
            number++;
            var key = "commune:" + c.Commune.Code;
            var name = UnitLabel.Of(c.Commune);
            yield return new ReportFigure(key, $"{number}", name, name, "điểm", c.Figures.Points);
            yield return new ReportFigure(
                key + ":radius-km",
                $"{number}.1",
                "Bán kính phục vụ bình quân",
                "Average service radius",
                "km",
                double.IsFinite(c.Figures.ServiceRadiusKm) ? c.Figures.ServiceRadiusKm : null,
                FigureFormat.Decimal
            );
            yield return new ReportFigure(
                key + ":people-per-point",
                $"{number}.2",
                "Số dân bình quân trên một điểm",
                "People per point",
                "người/điểm",
                double.IsFinite(c.Figures.PeoplePerPoint) ? Math.Round(c.Figures.PeoplePerPoint) : null
            );
        }
    }

    private static string KindVi(PostalPointKind kind) =>
        kind switch
        {
            PostalPointKind.PostOffice => "Bưu cục",
            PostalPointKind.CulturalPostOffice => "Điểm Bưu điện – Văn hóa xã",
            PostalPointKind.Agent => "Đại lý bưu điện",
            PostalPointKind.Kiosk => "Ki-ốt bưu điện",
            _ => "Hòm thư công cộng",
        };
}
