using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// Converts between WGS 84 longitude/latitude and one VN-2000 projected system, through ProjNet
/// (geocentric Helmert shift, then transverse Mercator). Thread-safe: each call uses its own transform instance.
/// </summary>
#pragma warning disable CA1001 // lives for the process in a cache; nothing to release early
public sealed class ProjectionTransform
#pragma warning restore CA1001
{
    private readonly ThreadLocal<(MathTransform Forward, MathTransform Inverse)> _transforms;

    public ProjectionTransform(ProjectedCrs crs)
    {
        Crs = crs;
        var wkt = crs.ToWkt();
        // ProjNet's math transforms keep scratch state, so each thread gets its own pair.
        _transforms = new ThreadLocal<(MathTransform, MathTransform)>(() =>
        {
            var factory = new CoordinateSystemFactory();
            var projected = (ProjectedCoordinateSystem)factory.CreateFromWkt(wkt);
            var ctf = new CoordinateTransformationFactory();
            var forward = ctf.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected).MathTransform;
            var inverse = ctf.CreateFromCoordinateSystems(projected, GeographicCoordinateSystem.WGS84).MathTransform;
            return (forward, inverse);
        });
    }

    public ProjectedCrs Crs { get; }

    /// <summary>WGS 84 (lon, lat in degrees, ellipsoidal height 0) to easting, northing in metres.</summary>
    public (double EastingM, double NorthingM) Forward(double lonDeg, double latDeg)
    {
        var (x, y) = _transforms.Value.Forward.Transform(lonDeg, latDeg);
        return (x, y);
    }

    /// <summary>Easting, northing in metres to WGS 84 (lon, lat in degrees).</summary>
    public (double LonDeg, double LatDeg) Inverse(double eastingM, double northingM)
    {
        var (x, y) = _transforms.Value.Inverse.Transform(eastingM, northingM);
        return (x, y);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, ProjectionTransform> Cache = new();

    /// <summary>The shared transform for an EPSG code of <see cref="CrsCatalog"/>.</summary>
    public static ProjectionTransform For(int epsg) => Cache.GetOrAdd(epsg, e => new ProjectionTransform(CrsCatalog.Get(e)));
}
