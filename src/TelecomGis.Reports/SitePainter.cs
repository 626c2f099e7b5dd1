using NetTopologySuite.Geometries;
using SkiaSharp;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Reports;

/// <summary>Draws the proposed site at the centre of the figure, coloured by its verdict, with its code.</summary>
internal static class SitePainter
{
    /// <summary>The site code's size and its baseline below the site, in pixels.</summary>
    public const float CodePx = 26,
        CodeOffsetPx = 48;

    public static SKColor VerdictColour(Verdict verdict) =>
        verdict switch
        {
            Verdict.Conforms => new SKColor(0x2E, 0x7D, 0x32),
            Verdict.DoesNotConform => new SKColor(0xC6, 0x28, 0x28),
            _ => new SKColor(0xEF, 0x6C, 0x00),
        };

    public static void Draw(SKCanvas canvas, MapView view, Coordinate centre, AppraisalResult result, LetterFonts fonts)
    {
        var p = view.ToPixel(centre);
        using var halo = new SKPaint
        {
            Color = SKColors.White,
            IsAntialias = true,
            Style = SKPaintStyle.Fill,
        };
        using var fill = new SKPaint
        {
            Color = VerdictColour(result.Verdict),
            IsAntialias = true,
            Style = SKPaintStyle.Fill,
        };
        using var ring = new SKPaint
        {
            Color = SKColors.Black,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 2.5f,
        };
        using var star = Star(p, 20, 8.5f);
        canvas.DrawCircle(p, 24, halo);
        canvas.DrawPath(star, fill);
        canvas.DrawPath(star, ring);
        MapFurniture.DrawLabel(canvas, result.Site.SiteCode, p.X, p.Y + CodeOffsetPx, fonts.SansBold, CodePx, SKTextAlign.Center);
    }

    private static SKPath Star(SKPoint c, float outer, float inner)
    {
        using var path = new SKPathBuilder();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var a = -Math.PI / 2 + i * Math.PI / 5;
            var pt = new SKPoint(c.X + (float)(r * Math.Cos(a)), c.Y + (float)(r * Math.Sin(a)));
            if (i == 0)
                path.MoveTo(pt);
            else
                path.LineTo(pt);
        }
        path.Close();
        return path.Detach();
    }
}
