using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>What every map carries besides its features: the scale bar, the north arrow and legible labels.</summary>
internal static class MapFurniture
{
    /// <summary>Text with a white halo, so that it reads over any fill.</summary>
    public static void DrawLabel(
        SKCanvas canvas,
        string text,
        float x,
        float y,
        SKTypeface face,
        float size,
        SKTextAlign align,
        SKColor? colour = null,
        LabelPlacement? placement = null
    )
    {
        text = VietnameseText.Nfc(text);
        using var font = new SKFont(face, size);
        if (placement is not null)
        {
            var placed = placement.Place(new SKPoint(x, y), font.MeasureText(text), size, align);
            x = placed.X;
            y = placed.Y;
        }
        using var halo = new SKPaint
        {
            Color = SKColors.White,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 5,
            StrokeJoin = SKStrokeJoin.Round,
        };
        using var ink = new SKPaint { Color = colour ?? SKColors.Black, IsAntialias = true };
        canvas.DrawText(text, x, y, align, font, halo);
        canvas.DrawText(text, x, y, align, font, ink);
    }

    /// <summary>
    /// A bar a round number of metres long (1, 2 or 5 × 10ⁿ), about a quarter of the figure, in alternating black and white
    /// halves: the figure is printed at whatever size the letter needs, so a bar stays true where a ratio would not.
    /// </summary>
    public static void DrawScaleBar(SKCanvas canvas, MapView view, LetterFonts fonts)
    {
        var lengthM = RoundLength(view.ExtentM / 4);
        var lengthPx = (float)(lengthM * view.PixelsPerMetre);
        float x0 = 30,
            y0 = view.SizePx - 40,
            h = 12;
        using var back = new SKPaint { Color = new SKColor(255, 255, 255, 220), Style = SKPaintStyle.Fill };
        canvas.DrawRect(new SKRect(x0 - 14, y0 - 42, x0 + lengthPx + 60, y0 + h + 14), back);
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint
        {
            Color = SKColors.Black,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 1.5f,
        };
        for (var i = 0; i < 4; i++)
        {
            var r = new SKRect(x0 + i * lengthPx / 4, y0, x0 + (i + 1) * lengthPx / 4, y0 + h);
            canvas.DrawRect(r, i % 2 == 0 ? black : white);
            canvas.DrawRect(r, outline);
        }
        DrawLabel(canvas, "0", x0, y0 - 8, fonts.Sans, 18, SKTextAlign.Center);
        DrawLabel(canvas, SiteMapFigure.Metres(lengthM / 2), x0 + lengthPx / 2, y0 - 8, fonts.Sans, 18, SKTextAlign.Center);
        DrawLabel(canvas, SiteMapFigure.Metres(lengthM) + " m", x0 + lengthPx, y0 - 8, fonts.Sans, 18, SKTextAlign.Left);
    }

    /// <summary>
    /// Grid north of the TM-3 plane, marked "B" (Bắc) as Vietnamese maps do. Within a province the grid's convergence
    /// from true north stays under about half a degree, too small to show at this size.
    /// </summary>
    public static void DrawNorthArrow(SKCanvas canvas, int sizePx, LetterFonts fonts)
    {
        float cx = sizePx - 55,
            top = 30,
            bottom = 110;
        using var dark = new SKPaint
        {
            Color = SKColors.Black,
            IsAntialias = true,
            Style = SKPaintStyle.Fill,
        };
        using var light = new SKPaint
        {
            Color = SKColors.White,
            IsAntialias = true,
            Style = SKPaintStyle.Fill,
        };
        using var outline = new SKPaint
        {
            Color = SKColors.Black,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 2,
        };
        using var left = Half(cx, top + 26, bottom, -18);
        using var right = Half(cx, top + 26, bottom, 18);
        canvas.DrawPath(left, dark);
        canvas.DrawPath(right, light);
        canvas.DrawPath(left, outline);
        canvas.DrawPath(right, outline);
        DrawLabel(canvas, "B", cx, top + 20, fonts.SansBold, 26, SKTextAlign.Center);
    }

    private static SKPath Half(float cx, float tip, float bottom, float dx)
    {
        using var b = new SKPathBuilder();
        b.MoveTo(cx, tip);
        b.LineTo(cx + dx, bottom);
        b.LineTo(cx, bottom - 16);
        b.Close();
        return b.Detach();
    }

    private static double RoundLength(double approx)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(approx)));
        var leading = approx / magnitude;
        return (
                leading >= 5 ? 5
                : leading >= 2 ? 2
                : 1
            ) * magnitude;
    }
}
