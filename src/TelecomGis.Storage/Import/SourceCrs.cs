using NetTopologySuite.Geometries;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Brings a source geometry to WGS 84 (the bundle's RFC 7946 coordinates) from the systems an import reads: WGS 84 itself,
/// VN-2000 geographic (EPSG:4756) and every VN-2000 projected system of <see cref="CrsCatalog"/>, with the national
/// transformation of Decision 05/2007/QĐ-BTNMT (<see cref="ProjectionTransform"/>).
/// </summary>
public static class SourceCrs
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), CrsCatalog.Wgs84);

    /// <summary>Whether an import can read coordinates in this system.</summary>
    public static bool IsKnown(int epsg) => epsg == CrsCatalog.Wgs84 || epsg == Vn2000Geographic.Epsg || CrsCatalog.TryGet(epsg, out _);

    /// <summary>The system's name, for the summary ("VN-2000 / TM-3 107-45 (EPSG:5899)").</summary>
    public static string Describe(int epsg) =>
        epsg switch
        {
            CrsCatalog.Wgs84 => "WGS 84 (EPSG:4326)",
            Vn2000Geographic.Epsg => "VN-2000 (EPSG:4756)",
            _ => CrsCatalog.TryGet(epsg, out var crs) ? $"{crs.Name} (EPSG:{epsg})" : $"EPSG:{epsg}",
        };

    /// <summary>The geometry in WGS 84 (a copy; the input is not changed), on the WGS 84 factory (SRID 4326).</summary>
    public static Geometry ToWgs84(Geometry geometry, int epsg)
    {
        Func<double, double, (double, double)> convert = epsg switch
        {
            CrsCatalog.Wgs84 => (x, y) => (x, y),
            Vn2000Geographic.Epsg => Vn2000Geographic.ToWgs84,
            _ => ProjectionTransform.For(epsg).Inverse,
        };
        var copy = Wgs84.CreateGeometry(geometry);
        copy.Apply(new Converter(convert));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class Converter(Func<double, double, (double, double)> convert) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = convert(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
