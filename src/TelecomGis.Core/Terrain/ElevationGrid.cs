namespace TelecomGis.Core.Terrain;

/// <summary>
/// A regular grid of elevations in WGS 84 longitude and latitude: an SRTM tile or a geographic GeoTIFF, already read.
/// Samples are points: <see cref="WestLonDeg"/>, <see cref="NorthLatDeg"/> is the centre of the first (north-west) sample, rows run
/// south and columns east. Voids are NaN. Between samples the elevation is interpolated bilinearly; where any of the four
/// surrounding samples is void, the answer is NaN (a void is never averaged with its neighbours into a plausible number).
/// Immutable, so safe to share between threads.
/// </summary>
public sealed class ElevationGrid : ITerrainModel
{
    private readonly float[] _elevationsM;

    /// <param name="westLonDeg">Longitude of the first column's samples, degrees.</param>
    /// <param name="northLatDeg">Latitude of the first row's samples, degrees.</param>
    /// <param name="spacingLonDeg">Column spacing, degrees (positive).</param>
    /// <param name="spacingLatDeg">Row spacing, degrees (positive; rows go south).</param>
    /// <param name="columns">Samples per row.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="elevationsM">Row-major elevations, metres above mean sea level, NaN for voids; length columns × rows.</param>
    public ElevationGrid(
        double westLonDeg,
        double northLatDeg,
        double spacingLonDeg,
        double spacingLatDeg,
        int columns,
        int rows,
        float[] elevationsM
    )
    {
        if (columns < 2 || rows < 2)
            throw new ArgumentException("An elevation grid needs at least 2 × 2 samples.");
        if (!(spacingLonDeg > 0) || !(spacingLatDeg > 0))
            throw new ArgumentException("Grid spacing must be positive.");
        if (elevationsM.Length != columns * rows)
            throw new ArgumentException($"Expected {columns * rows} elevations, got {elevationsM.Length}.");
        WestLonDeg = westLonDeg;
        NorthLatDeg = northLatDeg;
        SpacingLonDeg = spacingLonDeg;
        SpacingLatDeg = spacingLatDeg;
        Columns = columns;
        Rows = rows;
        _elevationsM = elevationsM;
    }

    public double WestLonDeg { get; }

    public double NorthLatDeg { get; }

    public double SpacingLonDeg { get; }

    public double SpacingLatDeg { get; }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>Longitude of the last column's samples.</summary>
    public double EastLonDeg => WestLonDeg + (Columns - 1) * SpacingLonDeg;

    /// <summary>Latitude of the last row's samples.</summary>
    public double SouthLatDeg => NorthLatDeg - (Rows - 1) * SpacingLatDeg;

    /// <summary>The sample at a row and column; NaN for a void.</summary>
    public float this[int row, int column] => _elevationsM[row * Columns + column];

    /// <summary>
    /// Whether the point lies within the grid's samples, edges included with a tolerance of a millionth of a sample spacing, so
    /// that an edge computed as west + n·spacing in floating point still counts.
    /// </summary>
    public bool Covers(double lonDeg, double latDeg)
    {
        var x = (lonDeg - WestLonDeg) / SpacingLonDeg;
        var y = (NorthLatDeg - latDeg) / SpacingLatDeg;
        return x >= -EdgeTolerance && x <= Columns - 1 + EdgeTolerance && y >= -EdgeTolerance && y <= Rows - 1 + EdgeTolerance;
    }

    private const double EdgeTolerance = 1e-6;

    /// <inheritdoc />
    public double ElevationAt(double lonDeg, double latDeg)
    {
        if (!Covers(lonDeg, latDeg))
            return double.NaN;
        var x = Math.Clamp((lonDeg - WestLonDeg) / SpacingLonDeg, 0, Columns - 1);
        var y = Math.Clamp((NorthLatDeg - latDeg) / SpacingLatDeg, 0, Rows - 1);
        var column = Math.Min((int)x, Columns - 2);
        var row = Math.Min((int)y, Rows - 2);
        var fx = x - column;
        var fy = y - row;
        var i = row * Columns + column;
        // Only the corners with weight count, so a point on a sample or an edge next to a void still has an answer; a void with
        // weight makes the answer NaN.
        var nw = Corner(i, (1 - fx) * (1 - fy));
        var ne = Corner(i + 1, fx * (1 - fy));
        var sw = Corner(i + Columns, (1 - fx) * fy);
        var se = Corner(i + Columns + 1, fx * fy);
        return nw + ne + sw + se;
    }

    private double Corner(int index, double weight) => weight == 0 ? 0 : _elevationsM[index] * weight;
}
