using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>
/// Keeps a figure's labels apart: a label whose box meets one already placed moves down a line at a time until it is free.
/// Two polygons that both cover most of the frame share an interior point, and their names would print on top of each other.
/// </summary>
/// <remarks>A label is also kept inside the map, so that a feature crossing the frame's edge does not lose half its name.</remarks>
internal sealed class LabelPlacement(int mapSizePx)
{
    private readonly List<SKRect> _placed = [];

    /// <summary>Where to put the baseline of a label of the given size near <paramref name="anchor"/>.</summary>
    public SKPoint Place(SKPoint anchor, float widthPx, float heightPx, SKTextAlign align)
    {
        var offset = align switch
        {
            SKTextAlign.Center => widthPx / 2,
            SKTextAlign.Right => widthPx,
            _ => 0,
        };
        var left = Math.Clamp(anchor.X - offset, 6, Math.Max(6, mapSizePx - widthPx - 6));
        anchor = new SKPoint(left + offset, anchor.Y);
        var y = Math.Clamp(anchor.Y, heightPx + 4, mapSizePx - 8);
        for (var tries = 0; tries < 12; tries++)
        {
            var box = new SKRect(left - 4, y - heightPx, left + widthPx + 4, y + heightPx * 0.3f);
            if (!_placed.Any(p => p.IntersectsWith(box)))
            {
                _placed.Add(box);
                return new SKPoint(anchor.X, y);
            }
            y += heightPx * 1.3f;
        }
        return anchor;
    }

    /// <summary>Marks an area no label may cover (the site's symbol).</summary>
    public void Reserve(SKRect area) => _placed.Add(area);
}
