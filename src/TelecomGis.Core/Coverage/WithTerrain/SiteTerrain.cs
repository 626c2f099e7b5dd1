using NetTopologySuite.Geometries;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>
/// The terrain around one site along every radial of a <see cref="RadialGeometry"/>: sample i of radial a is the ground at
/// mast + i · spacing · direction(a) in the TM-3 plane, looked up at its WGS 84 position (NaN where the terrain model has none).
/// These are the points <see cref="TerrainProfiler.Extract(ITerrainModel, MetricFrame, Coordinate, Coordinate, double)"/> samples
/// between the mast and a range node at the same spacing, so a node's ITM profile is the radial's first samples.
/// </summary>
internal sealed class SiteTerrain
{
    private readonly double[] _elevationsM;
    private readonly int[] _firstMissing;

    private SiteTerrain(RadialGeometry geometry, double[] elevationsM, int[] firstMissing, bool hasMast)
    {
        Geometry = geometry;
        _elevationsM = elevationsM;
        _firstMissing = firstMissing;
        HasTerrainAtMast = hasMast;
    }

    public RadialGeometry Geometry { get; }

    /// <summary>Whether the terrain model has an elevation at the mast; without it, no radial has a profile.</summary>
    public bool HasTerrainAtMast { get; }

    /// <summary>Samples the terrain around the mast at (<paramref name="xM"/>, <paramref name="yM"/>) of <paramref name="frame"/>.</summary>
    public static SiteTerrain Sample(ITerrainModel terrain, MetricFrame frame, double xM, double yM, RadialGeometry geometry)
    {
        var n = geometry.SamplesPerRadial;
        var mast = terrain.ElevationAt(frame, new Coordinate(xM, yM));
        var firstMissing = new int[geometry.Radials];
        if (double.IsNaN(mast)) return new SiteTerrain(geometry, [], firstMissing, hasMast: false);

        var elevations = new double[geometry.Radials * n];
        var spacing = geometry.ProfileSpacingM;
        for (var a = 0; a < geometry.Radials; a++)
        {
            var (east, north) = geometry.Direction(a);
            var row = a * n;
            elevations[row] = mast;
            var missing = n;
            for (var i = 1; i < n; i++)
            {
                var z = terrain.ElevationAt(frame, new Coordinate(xM + east * (i * spacing), yM + north * (i * spacing)));
                elevations[row + i] = z;
                if (double.IsNaN(z))
                {
                    // The profiles of every later node contain this void: none of them can be computed, so stop sampling.
                    missing = i;
                    break;
                }
            }
            firstMissing[a] = missing;
        }

        return new SiteTerrain(geometry, elevations, firstMissing, hasMast: true);
    }

    /// <summary>The profile from the mast to range node <paramref name="node"/> (1-based) of radial <paramref name="radial"/>, or empty where it has a void.</summary>
    public ReadOnlySpan<double> ProfileTo(int radial, int node)
    {
        if (!HasTerrainAtMast) return [];
        var last = node * Geometry.SamplesPerRange;
        if (last >= _firstMissing[radial]) return [];
        return _elevationsM.AsSpan(radial * Geometry.SamplesPerRadial, last + 1);
    }
}
