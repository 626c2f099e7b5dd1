using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Storage.Provinces;

namespace TelecomGis.Generator;

/// <summary>What every synthetic layer is drawn on: the real province and 2025 communes, and the metric frame.</summary>
public sealed record GenerationContext(DrawingFrame Frame, Geometry Province, IReadOnlyList<SourceCommune> Communes)
{
    public IEnumerable<SourceCommune> Wards => Communes.Where(c => c.Commune.Kind == AdministrativeUnitKind.Ward);

    public SourceCommune Named(string name) => Communes.First(c => c.Commune.Name == name);

    /// <summary>Whether a point is far enough from the seed site to leave its verdict alone.</summary>
    public bool ClearOfSeed(Coordinate c, double radiusM) => Frame.DistanceM(c, SeedSite.Location) > radiusM;
}
