namespace TelecomGis.Core.Coverage.WithTerrain;

/// <summary>
/// Where a terrain run evaluates the ITM around every site: <see cref="Radials"/> straight lines of the TM-3 plane from the mast,
/// evenly spaced in grid bearing from grid north, each with range nodes every <see cref="RangeStepM"/> out to the radius, and
/// terrain sampled every <see cref="ProfileSpacingM"/> along it (a whole number of samples per range step, so a node's profile
/// is the radial's first samples). Radials are as many as keep neighbours one cell apart at the radius; the range step is the
/// cell size, so every cell lies between four nodes no farther than a cell away.
/// </summary>
/// <param name="Radials">Radials per site.</param>
/// <param name="Ranges">Range nodes per radial (node j at j · <see cref="RangeStepM"/>, j = 1…Ranges).</param>
/// <param name="RangeStepM">Distance between range nodes, metres.</param>
/// <param name="SamplesPerRange">Terrain samples per range step.</param>
public sealed record RadialGeometry(int Radials, int Ranges, double RangeStepM, int SamplesPerRange)
{
    /// <summary>Fewest radials a site gets, whatever the cell size: 16 (22.5° apart).</summary>
    public const int MinRadials = 16;

    /// <summary>Distance between terrain samples, metres.</summary>
    public double ProfileSpacingM => RangeStepM / SamplesPerRange;

    /// <summary>Grid bearing between neighbouring radials, degrees.</summary>
    public double RadialStepDeg => 360.0 / Radials;

    /// <summary>Terrain samples on a radial, the mast's included.</summary>
    public int SamplesPerRadial => Ranges * SamplesPerRange + 1;

    /// <summary>The geometry for a grid of <paramref name="resolutionM"/> out to <paramref name="radiusM"/>.</summary>
    public static RadialGeometry For(double resolutionM, double radiusM, double maxProfileSpacingM)
    {
        var radials = Math.Max(MinRadials, (int)Math.Ceiling(2 * Math.PI * radiusM / resolutionM));
        var ranges = Math.Max(1, (int)Math.Ceiling(radiusM / resolutionM - 1e-9));
        var samples = Math.Max(1, (int)Math.Ceiling(resolutionM / maxProfileSpacingM - 1e-9));
        return new RadialGeometry(radials, ranges, resolutionM, samples);
    }

    /// <summary>The unit vector (east, north) of radial <paramref name="radial"/>.</summary>
    public (double East, double North) Direction(int radial)
    {
        var (sin, cos) = Math.SinCos(radial * RadialStepDeg * (Math.PI / 180));
        return (sin, cos);
    }
}
