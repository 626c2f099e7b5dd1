using System.Globalization;
using NetTopologySuite.Geometries;
using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Layers;

/// <summary>Reads <c>bbox=minLon,minLat,maxLon,maxLat</c> (WGS 84 degrees, as OGC API – Features and the map send it).</summary>
public static class BoundingBox
{
    public static Envelope? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parts = text.Split(',');
        var values = new double[parts.Length];
        var ok = parts.Length == 4;
        for (var i = 0; ok && i < 4; i++)
        {
            ok = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i]);
        }
        if (!ok)
            throw RequestValidationException.For(
                "bbox",
                "bbox must be four numbers: minLon,minLat,maxLon,maxLat.",
                "bbox phải gồm bốn số: minLon,minLat,maxLon,maxLat."
            );
        var (minLon, minLat, maxLon, maxLat) = (values[0], values[1], values[2], values[3]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat)
        {
            throw RequestValidationException.For(
                "bbox",
                "bbox must lie within −180…180, −90…90 with min ≤ max.",
                "bbox phải nằm trong −180…180, −90…90 và min ≤ max."
            );
        }
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }
}
