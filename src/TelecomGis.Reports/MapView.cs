using NetTopologySuite.Geometries;
using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>A square window of the metric plane mapped onto pixels: easting to the right, northing up.</summary>
internal sealed class MapView(Coordinate centre, double extentM, int sizePx)
{
    public double PixelsPerMetre { get; } = sizePx / extentM;
    public int SizePx => sizePx;
    public double ExtentM => extentM;

    public Envelope Window { get; } = new(centre.X - extentM / 2, centre.X + extentM / 2, centre.Y - extentM / 2, centre.Y + extentM / 2);

    public SKPoint ToPixel(Coordinate c) =>
        new((float)((c.X - Window.MinX) * PixelsPerMetre), (float)((Window.MaxY - c.Y) * PixelsPerMetre));

    /// <summary>The window as a polygon in the plane, to clip features to what the figure shows.</summary>
    public Geometry WindowPolygon() => new GeometryFactory().ToGeometry(Window);

    /// <summary>A disc around the site, a tenth of the window across, where the site's own symbol and code are drawn.</summary>
    public Geometry SiteSurroundings() => new GeometryFactory().CreatePoint(Window.Centre).Buffer(ExtentM / 10);

    public SKPath Path(Geometry geometry)
    {
        using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case Polygon p:
                    Ring(path, p.ExteriorRing.Coordinates, close: true);
                    foreach (var hole in p.InteriorRings)
                        Ring(path, hole.Coordinates, close: true);
                    break;
                case LineString l:
                    Ring(path, l.Coordinates, close: false);
                    break;
            }
        }
        return path.Detach();
    }

    private void Ring(SKPathBuilder path, Coordinate[] coordinates, bool close)
    {
        if (coordinates.Length == 0)
            return;
        path.MoveTo(ToPixel(coordinates[0]));
        for (var i = 1; i < coordinates.Length; i++)
            path.LineTo(ToPixel(coordinates[i]));
        if (close)
            path.Close();
    }
}
