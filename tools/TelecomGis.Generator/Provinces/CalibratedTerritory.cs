using Bogus;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Generator.Provinces;

/// <summary>
/// A set of 2025 communes the synthetic layers are drawn on (the former Hải Dương, the rest of Hải Phòng, all of Vĩnh Long), with the
/// province's other communes so that a point is placed only where its own commune alone holds it (the generalised polygons overlap
/// here and there, and the postal analysis gives a point to the commune holding it).
/// </summary>
public sealed class CalibratedTerritory
{
    private readonly IndexedPointInAreaLocator[] _own;
    private readonly IndexedPointInAreaLocator[] _all;

    public CalibratedTerritory(string prefix, IReadOnlyList<Commune> communes, IReadOnlyList<Commune> province, MetricFrame frame)
    {
        Prefix = prefix;
        Communes = [.. communes.OrderBy(c => c.Code, StringComparer.Ordinal)];
        Frame = frame;
        _own = [.. Communes.Select(c => new IndexedPointInAreaLocator(c.Boundary))];
        _all = [.. province.Select(c => new IndexedPointInAreaLocator(c.Boundary))];
    }

    /// <summary>Starts every id drawn here ("HD", "HP", "VL").</summary>
    public string Prefix { get; }

    public IReadOnlyList<Commune> Communes { get; }

    public MetricFrame Frame { get; }

    public double AreaKm2 => Communes.Sum(c => c.AreaKm2);

    /// <summary>A random point held by the commune <paramref name="index"/> and by no other commune of the province.</summary>
    public Coordinate PointIn(Randomizer random, int index, Func<Coordinate, bool>? accept = null) =>
        RandomPlaces.PointIn(random, Communes[index].Boundary, c => HeldOnlyBy(index, c) && (accept is null || accept(c)));

    /// <summary>The commune of this territory that alone holds the point, or −1.</summary>
    public int CommuneAt(Coordinate c)
    {
        var found = -1;
        for (var i = 0; i < _own.Length; i++)
        {
            if (_own[i].Locate(c) == Location.Interior)
                found = i;
        }
        return found >= 0 && HeldOnlyBy(found, c) ? found : -1;
    }

    private bool HeldOnlyBy(int index, Coordinate c) =>
        _all.Count(l => l.Locate(c) != Location.Exterior) == 1 && _own[index].Locate(c) == Location.Interior;
}
