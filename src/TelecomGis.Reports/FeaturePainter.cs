using NetTopologySuite.Geometries;
using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>Draws one deciding feature in its layer's style; a feature behind an objection gets a heavier outline.</summary>
internal static class FeaturePainter
{
    public static void Draw(SKCanvas canvas, MapView view, DecidingFeature feature, LetterFonts fonts, LabelPlacement labels)
    {
        if (feature.Metric is null || !feature.Metric.EnvelopeInternal.Intersects(view.Window)) return;
        var style = feature.Style;
        var weight = feature.Objects ? 1.6f : 1f;
        using var fill = new SKPaint { Color = style.Fill, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { Color = style.Stroke, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = style.StrokeWidth * weight };
        if (style.Dashed) stroke.PathEffect = SKPathEffect.CreateDash([12f, 8f], 0);

        if (feature.Metric is Point point)
        {
            var p = view.ToPixel(point.Coordinate);
            if (feature.Ref.Layer == "planned-positions") DrawTriangle(canvas, p, 11, fill, stroke);
            else
            {
                canvas.DrawRect(new SKRect(p.X - 8, p.Y - 8, p.X + 8, p.Y + 8), fill);
                canvas.DrawRect(new SKRect(p.X - 8, p.Y - 8, p.X + 8, p.Y + 8), stroke);
            }
            MapFurniture.DrawLabel(canvas, feature.Ref.Id, p.X + 14, p.Y - 10, fonts.Sans, 23, SKTextAlign.Left, placement: labels);
            return;
        }

        using var path = view.Path(feature.Metric);
        if (feature.Metric is IPolygonal) canvas.DrawPath(path, fill);
        canvas.DrawPath(path, stroke);

        // The province needs no name on a figure of one of its sites.
        if (feature.Ref.Layer == "province") return;

        // Label the part of the feature inside the window, away from the site, so that neither hides the other.
        var visible = feature.Metric.Intersection(view.Metric()).Difference(view.SiteSurroundings());
        if (visible.IsEmpty) return;
        var anchor = view.ToPixel(visible.InteriorPoint.Coordinate);
        var label = feature.Ref.Layer == "communes" ? feature.Ref.Name : feature.Ref.Id;
        MapFurniture.DrawLabel(canvas, label, anchor.X, anchor.Y, fonts.SansBold, 23, SKTextAlign.Center, style.Stroke, labels);
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
