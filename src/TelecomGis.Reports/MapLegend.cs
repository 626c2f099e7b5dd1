using NetTopologySuite.Geometries;
using SkiaSharp;
using TelecomGis.Core.Appraisal;

namespace TelecomGis.Reports;

/// <summary>
/// The panel under a figure: the site's verdict, then one line per deciding feature with its layer's Vietnamese name,
/// its name, the rules it decided and, for a feature outside the frame, how far away it is.
/// </summary>
internal static class MapLegend
{
    private const float RowPx = 32;

    public static void Draw(
        SKCanvas canvas,
        SKRect box,
        AppraisalResult result,
        Coordinate site,
        double extentM,
        IReadOnlyList<DecidingFeature> features,
        string defaultZoneId,
        LetterFonts fonts
    )
    {
        using var title = new SKFont(fonts.SansBold, 25);
        using var body = new SKFont(fonts.Sans, 21);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var verdictInk = new SKPaint { Color = SitePainter.VerdictColour(result.Verdict), IsAntialias = true };
        var x = box.Left + 16;
        var width = box.Width - 32;
        var y = box.Top + 32;
        var s = result.Site;
        canvas.DrawText(
            Fit($"Trạm {s.SiteCode} ({s.Carrier}, cột {s.PoleClass}, {Figures.Vn(s.HeightM, "0.#")} m)", title, width),
            x,
            y,
            SKTextAlign.Left,
            title,
            ink
        );
        y += RowPx;
        canvas.DrawText(Fit("Kết quả: " + result.Verdict.Vietnamese(), title, width), x, y, SKTextAlign.Left, title, verdictInk);
        y += RowPx + 4;

        var maxRows = (int)((box.Bottom - y + 8) / RowPx);
        var shown = features
            .Where(f => f.Ref.Layer is not "province")
            .OrderByDescending(f => f.Objects)
            .ThenBy(f => f.Style.DrawOrder)
            .ToList();
        if (shown.Count > maxRows)
            maxRows--;
        foreach (var f in shown.Take(maxRows))
        {
            DrawSwatch(canvas, new SKRect(x, y - 15, x + 28, y + 3), f.Style);
            var (head, tail) = Row(f, site, extentM, defaultZoneId);
            var room = width - 40 - body.MeasureText(VietnameseText.Nfc(tail));
            canvas.DrawText(
                Fit(head, body, room) + VietnameseText.Nfc(tail),
                x + 40,
                y,
                SKTextAlign.Left,
                body,
                f.Objects ? verdictInk : ink
            );
            y += RowPx;
        }
        if (shown.Count > maxRows)
            canvas.DrawText(VietnameseText.Nfc($"… và {shown.Count - maxRows} đối tượng khác"), x + 40, y, SKTextAlign.Left, body, ink);
    }

    /// <summary>
    /// A feature's legend line as (what it is and its name, where it is): by name only, since rule ids and the plan's feature ids
    /// are internal codes a carrier's letter does not print.
    /// </summary>
    internal static (string Head, string Tail) Row(DecidingFeature f, Coordinate site, double extentM, string defaultZoneId) =>
        (
            string.IsNullOrWhiteSpace(f.Ref.Name) ? f.Style.NameVi : $"{f.Style.NameVi}: {f.Ref.Name}",
            Whereabouts(f, site, extentM, defaultZoneId)
        );

    /// <summary>Says why a listed feature is not on the map: outside the frame (and how far), or the plan's default zone.</summary>
    private static string Whereabouts(DecidingFeature f, Coordinate site, double extentM, string defaultZoneId)
    {
        if (f.Metric is null)
            return f.Ref.Layer == "zones" && f.Ref.Id == defaultZoneId ? ", vùng mặc định nơi không có vùng nào" : "";
        var distance = f.Metric.Distance(f.Metric.Factory.CreatePoint(site));
        if (distance > extentM / 2)
            return $", ngoài khung hình, cách {SiteMapFigure.Metres(distance)} m";
        return f.ThresholdM is { } r && f.Metric is Point ? $", vòng tròn bán kính {SiteMapFigure.Metres(r)} m" : "";
    }

    /// <summary>The text, cut with an ellipsis where it would run past <paramref name="width"/> points.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        text = VietnameseText.Nfc(text);
        if (font.MeasureText(text) <= width)
            return text;
        var cut = text.Length;
        while (cut > 1 && font.MeasureText(text[..cut] + "…") > width)
            cut--;
        return text[..cut].TrimEnd() + "…";
    }

    private static void DrawSwatch(SKCanvas canvas, SKRect r, LayerStyle style)
    {
        using var fill = new SKPaint { Color = style.Fill, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint
        {
            Color = style.Stroke,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = Math.Min(style.StrokeWidth, 4),
        };
        canvas.DrawRect(r, fill);
        canvas.DrawRect(r, stroke);
    }
}
