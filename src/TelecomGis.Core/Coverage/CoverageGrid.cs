using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// A square grid in the province's VN-2000 TM-3 metres, north-up: row 0 is the northernmost, as a GeoTIFF stores it.
/// Cell (column, row) spans [West + column·res, West + (column+1)·res] × [North − (row+1)·res, North − row·res].
/// </summary>
/// <param name="WestM">Easting of the grid's west edge, metres.</param>
/// <param name="NorthM">Northing of the grid's north edge, metres.</param>
/// <param name="Epsg">The TM-3 system's EPSG code (5899 for Quảng Ninh).</param>
public sealed record CoverageGrid(double WestM, double NorthM, int Columns, int Rows, double ResolutionM, int Epsg)
{
    public int CellCount => Columns * Rows;

    public double CellAreaKm2 => ResolutionM * ResolutionM / 1e6;

    /// <summary>The grid that covers <paramref name="metricEnvelope"/>, its edges on whole multiples of the resolution.</summary>
    public static CoverageGrid Covering(Envelope metricEnvelope, double resolutionM, int epsg)
    {
        var west = Math.Floor(metricEnvelope.MinX / resolutionM) * resolutionM;
        var east = Math.Ceiling(metricEnvelope.MaxX / resolutionM) * resolutionM;
        var south = Math.Floor(metricEnvelope.MinY / resolutionM) * resolutionM;
        var north = Math.Ceiling(metricEnvelope.MaxY / resolutionM) * resolutionM;
        var columns = Math.Max(1, (int)Math.Round((east - west) / resolutionM));
        var rows = Math.Max(1, (int)Math.Round((north - south) / resolutionM));
        if ((long)columns * rows > int.MaxValue / 4)
            throw new ArgumentOutOfRangeException(nameof(resolutionM), "the grid would have too many cells");
        return new CoverageGrid(west, north, columns, rows, resolutionM, epsg);
    }

    public double CentreX(int column) => WestM + (column + 0.5) * ResolutionM;

    public double CentreY(int row) => NorthM - (row + 0.5) * ResolutionM;

    public int Index(int column, int row) => row * Columns + column;

    /// <summary>The cell's square, in the frame's metres.</summary>
    public Polygon CellPolygon(int column, int row, GeometryFactory factory)
    {
        var x0 = WestM + column * ResolutionM;
        var y1 = NorthM - row * ResolutionM;
        return factory.CreatePolygon([
            new(x0, y1),
            new(x0 + ResolutionM, y1),
            new(x0 + ResolutionM, y1 - ResolutionM),
            new(x0, y1 - ResolutionM),
            new(x0, y1),
        ]);
    }
}
