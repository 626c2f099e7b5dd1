using NetTopologySuite.Geometries;
using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>
/// Draws one deciding feature in its layer's style (a feature behind an objection gets a heavier outline), and labels it.
/// Labels go on after every feature is drawn, points' first, so that no fill covers a name and a small symbol keeps its label close.
/// </summary>
internal static class FeaturePainter
{
    public static void Draw(SKCanvas canvas, MapView view, DecidingFeature feature)
    {
        if (feature.Metric is null || !feature.Metric.EnvelopeInternal.Intersects(view.Window))
            return;
        var style = feature.Style;
        var weight = feature.Objects ? 1.6f : 1f;
        using var fill = new SKPaint
        {
            Color = style.Fill,
            IsAntialias = true,
            Style = SKPaintStyle.Fill,
        };
        using var stroke = new SKPaint
        {
            Color = style.Stroke,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = style.StrokeWidth * weight,
        };
        if (style.Dashed)
            stroke.PathEffect = SKPathEffect.CreateDash([12f, 8f], 0);

        if (feature.Metric is Point point)
        {
            var p = view.ToPixel(point.Coordinate);
            if (feature.ThresholdM is { } threshold)
            {
                using var ring = new SKPaint
                {
                    Color = style.Stroke,
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = 2,
                    PathEffect = SKPathEffect.CreateDash([10f, 6f], 0),
                };
                canvas.DrawCircle(p, (float)(threshold * view.PixelsPerMetre), ring);
            }
            if (feature.Ref.Layer == "planned-positions")
                DrawTriangle(canvas, p, 11, fill, stroke);
            else
            {
                canvas.DrawRect(new SKRect(p.X - 8, p.Y - 8, p.X + 8, p.Y + 8), fill);
                canvas.DrawRect(new SKRect(p.X - 8, p.Y - 8, p.X + 8, p.Y + 8), stroke);
            }
            return;
        }

        using var path = view.Path(feature.Metric);
        if (feature.Metric is IPolygonal)
            canvas.DrawPath(path, fill);
        canvas.DrawPath(path, stroke);
    }

    public static void Label(SKCanvas canvas, MapView view, DecidingFeature feature, LetterFonts fonts, LabelPlacement labels)
    {
        // The province needs no name on a figure of one of its sites.
        if (feature.Metric is null || feature.Ref.Layer == "province" || !feature.Metric.EnvelopeInternal.Intersects(view.Window))
            return;
        if (feature.Metric is Point point)
        {
            var p = view.ToPixel(point.Coordinate);
            MapFurniture.DrawLabel(canvas, feature.Ref.Id, p.X + 14, p.Y - 10, fonts.Sans, 23, SKTextAlign.Left, placement: labels);
            return;
        }

        // Label the part of the feature inside the window, away from the site, so that neither hides the other: a line
        // at the middle of its visible length, an area at an interior point.
        var visible = feature.Metric.Intersection(view.WindowPolygon()).Difference(view.SiteSurroundings());
        if (visible.IsEmpty)
            return;
        var anchorMetric =
            visible is ILineal
                ? new NetTopologySuite.LinearReferencing.LengthIndexedLine(visible).ExtractPoint(visible.Length / 2)
                : visible.InteriorPoint.Coordinate;
        var anchor = view.ToPixel(anchorMetric);
        // An area or a line by its name (the plan's ids, "Z-…", "R-…", are internal codes); a point keeps its code, which the plan
        // publishes for planned positions and existing sites.
        var label = string.IsNullOrWhiteSpace(feature.Ref.Name) ? feature.Ref.Id : feature.Ref.Name;
        MapFurniture.DrawLabel(canvas, label, anchor.X, anchor.Y, fonts.SansBold, 23, SKTextAlign.Center, feature.Style.Stroke, labels);
    }

    private static void DrawTriangle(SKCanvas canvas, SKPoint p, float r, SKPaint fill, SKPaint stroke)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(p.X, p.Y - r);
        builder.LineTo(p.X + r, p.Y + r * 0.8f);
        builder.LineTo(p.X - r, p.Y + r * 0.8f);
        builder.Close();
        using var path = builder.Detach();
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, stroke);
    }
}
