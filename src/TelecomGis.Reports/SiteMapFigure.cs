using System.Globalization;
using NetTopologySuite.Geometries;
using SkiaSharp;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Reports;

/// <summary>
/// The map figure of a reply letter: a square of the province's TM-3 plane around the site, with the plan features that
/// decided its rules, a scale bar in metres, a north arrow and a legend in Vietnamese. No basemap: the letter must print
/// the same everywhere, and only the plan's own features carry weight in the appraisal. The figure goes to the carrier, so it never
/// draws or names a military or security area (<see cref="Core.Planning.RestrictedArea.IsConfidential"/>), even in a result
/// that was not redacted (<see cref="ConfidentialAreas.Redact"/>).
/// </summary>
/// <param name="extentM">The side of the square shown, in metres.</param>
/// <param name="mapSizePx">The side of the map square in pixels; the legend adds <see cref="LegendHeightPx"/> below it.</param>
public sealed class SiteMapFigure(PlanIndex index, LetterFonts fonts, double extentM = 1500, int mapSizePx = 900)
{
    public const int LegendHeightPx = 260;

    public int WidthPx => mapSizePx;
    public int HeightPx => mapSizePx + LegendHeightPx;
    public double ExtentM => extentM;

    /// <summary>The plan's default zone, which a legend names as such instead of placing it.</summary>
    internal string DefaultZoneId => index.DefaultZone.Id;

    /// <summary>The legend's lines of a site's figure, as drawn (before any cut to the panel's width).</summary>
    internal IReadOnlyList<string> LegendLines(AppraisalResult result)
    {
        var centre = index.Frame.ToMetric(result.Site.LonDeg, result.Site.LatDeg);
        return
        [
            .. DecidingFeatures(result)
                .Where(f => f.Ref.Layer is not "province")
                .Select(f => MapLegend.Row(f, centre, extentM, DefaultZoneId))
                .Select(r => VietnameseText.Nfc(r.Head + r.Tail)),
        ];
    }

    /// <summary>Draws the site and the features behind its rule outcomes as a PNG.</summary>
    public byte[] DrawPng(AppraisalResult result)
    {
        var centre = index.Frame.ToMetric(result.Site.LonDeg, result.Site.LatDeg);
        var view = new MapView(centre, extentM, mapSizePx);
        var features = DecidingFeatures(result).ToList();

        var info = new SKImageInfo(WidthPx, HeightPx, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        canvas.Save();
        canvas.ClipRect(new SKRect(0, 0, mapSizePx, mapSizePx));
        canvas.Clear(new SKColor(0xFA, 0xFA, 0xF5));
        // Areas first, then lines, then points, so that nothing small hides under a large fill.
        foreach (var f in features.OrderBy(f => f.Style.DrawOrder))
            FeaturePainter.Draw(canvas, view, f);
        var labels = new LabelPlacement(mapSizePx);
        var site = view.ToPixel(centre);
        // The site's star and its code, as SitePainter draws them, are no place for another label.
        labels.Reserve(new SKRect(site.X - 26, site.Y - 26, site.X + 26, site.Y + 26));
        using (var codeFont = new SKFont(fonts.SansBold, SitePainter.CodePx))
        {
            var half = codeFont.MeasureText(VietnameseText.Nfc(result.Site.SiteCode)) / 2 + 4;
            labels.Reserve(
                new SKRect(
                    site.X - half,
                    site.Y + SitePainter.CodeOffsetPx - SitePainter.CodePx,
                    site.X + half,
                    site.Y + SitePainter.CodeOffsetPx + 8
                )
            );
        }
        foreach (var f in features.OrderBy(f => f.Metric is Point ? 0 : 1).ThenByDescending(f => f.Style.DrawOrder))
            FeaturePainter.Label(canvas, view, f, fonts, labels);
        SitePainter.Draw(canvas, view, centre, result, fonts);
        canvas.Restore();

        MapFurniture.DrawScaleBar(canvas, view, fonts);
        MapFurniture.DrawNorthArrow(canvas, mapSizePx, fonts);
        using (
            var frame = new SKPaint
            {
                Color = SKColors.Black,
                IsStroke = true,
                StrokeWidth = 2,
                IsAntialias = true,
            }
        )
            canvas.DrawRect(new SKRect(1, 1, mapSizePx - 1, mapSizePx - 1), frame);
        MapLegend.Draw(canvas, new SKRect(0, mapSizePx, WidthPx, HeightPx), result, centre, extentM, features, DefaultZoneId, fonts);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Every distinct feature a rule names, with the rules it decided and its geometry in metres (null when not found).</summary>
    internal IEnumerable<DecidingFeature> DecidingFeatures(AppraisalResult result) =>
        result
            .Results.Where(r => r.DecidingFeature is not null && !IsConfidential(r.DecidingFeature))
            .GroupBy(r => (r.DecidingFeature!.Layer, r.DecidingFeature.Id))
            .Select(g => new DecidingFeature(
                g.First().DecidingFeature!,
                [.. g.Select(r => r.RuleId)],
                g.Any(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Consult),
                Geometry(g.First().DecidingFeature!),
                LayerStyle.For(g.First().DecidingFeature!.Layer),
                g.Where(r => r.Unit == "m" && r.Threshold > 0).Select(r => r.Threshold).FirstOrDefault()
            ));

    private bool IsConfidential(FeatureRef feature) =>
        feature.Layer == "restricted-areas"
        && index.RestrictedAreas.Features.Any(f =>
            f.Item.IsConfidential && string.Equals(f.Item.Id, feature.Id, StringComparison.OrdinalIgnoreCase)
        );

    private Geometry? Geometry(FeatureRef feature)
    {
        static Geometry? Find<T>(SpatialLayer<T> layer, Func<T, string> id, string wanted) =>
            layer.Features.FirstOrDefault(f => string.Equals(id(f.Item), wanted, StringComparison.OrdinalIgnoreCase))?.Metric;

        return feature.Layer switch
        {
            "zones" => Find(index.Zones, z => z.Id, feature.Id),
            "restricted-areas" => Find(index.RestrictedAreas, a => a.Id, feature.Id),
            "planned-positions" => Find(index.PlannedPositions, p => p.Id, feature.Id),
            "sites" => Find(index.Sites, s => s.Id, feature.Id),
            "communes" => Find(index.Communes, c => c.Code, feature.Id),
            "province" => Find(index.Province, p => p.Code, feature.Id),
            "sensitive-places" => Find(index.SensitivePlaces, p => p.Id, feature.Id),
            "runways" => Runway(feature.Id),
            _ => null,
        };
    }

    /// <summary>R10 names a runway as "VVVD 03/21": the airport's ICAO code and the runway's designator.</summary>
    private LineString? Runway(string id)
    {
        var space = id.IndexOf(' ', StringComparison.Ordinal);
        var icao = space < 0 ? id : id[..space];
        var designator = space < 0 ? null : id[(space + 1)..];
        var airport = index.Airports.FirstOrDefault(a => string.Equals(a.Airport.Icao, icao, StringComparison.OrdinalIgnoreCase));
        var runway = airport?.Runways.FirstOrDefault(r => designator is null || r.Runway.Designator == designator)
            ?? (airport is { Runways.Count: > 0 } ? airport.Runways[0] : null);
        return runway is null ? null : index.Frame.Factory.CreateLineString([runway.Low, runway.High]);
    }

    internal static string Metres(double m) => m.ToString("#,##0", CultureInfo.GetCultureInfo("vi-VN"));
}
