using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Spatial;

/// <summary>
/// The cells of a regular grid over an envelope: where a point falls, and a cell's centre. Shared by the grids that settle cells
/// far from boundaries (<see cref="AreaGrid"/>, <see cref="CoverSets{T}"/>), so that they index cells the same way.
/// </summary>
internal readonly struct GridFrame(Envelope env, int nx, int ny)
{
    public double MinX { get; } = env.MinX;
    public double MinY { get; } = env.MinY;
    public double CellW { get; } = env.Width / nx;
    public double CellH { get; } = env.Height / ny;
    public int Nx { get; } = nx;
    public int Ny { get; } = ny;

    /// <summary>The column and row of <paramref name="p"/>; false off the grid (a NaN included).</summary>
    public bool TryCell(Coordinate p, out int column, out int row)
    {
        var fx = (p.X - MinX) / CellW;
        var fy = (p.Y - MinY) / CellH;
        var on = fx >= 0 && fx < Nx && fy >= 0 && fy < Ny;
        (column, row) = on ? ((int)fx, (int)fy) : (-1, -1);
        return on;
    }

    /// <summary>The centre of cell <paramref name="cell"/> (row by row from the south-west).</summary>
    public Coordinate Centre(int cell) => new(MinX + (cell % Nx + 0.5) * CellW, MinY + (cell / Nx + 0.5) * CellH);
}
