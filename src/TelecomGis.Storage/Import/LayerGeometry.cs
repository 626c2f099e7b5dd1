namespace TelecomGis.Storage.Import;

/// <summary>The geometry a bundle layer's features carry.</summary>
public enum LayerGeometry
{
    Point,
    LineString,

    /// <summary>Polygon or MultiPolygon.</summary>
    Areal,

    /// <summary>Point, Polygon or MultiPolygon (sensitive places).</summary>
    PointOrAreal,
}
