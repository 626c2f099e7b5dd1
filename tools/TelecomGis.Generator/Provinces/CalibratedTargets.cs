namespace TelecomGis.Generator.Provinces;

/// <summary>How many structures, BTS, postal points, routes and fiber kilometres a territory gets.</summary>
public sealed record CalibratedTargets(int Structures, int Bts, int PostalPoints, int FiberRoutes, double FiberKm)
{
    /// <summary>The former Hải Dương's figures exactly.</summary>
    public static CalibratedTargets HaiDuong { get; } =
        new(
            HaiDuongFigures.Structures,
            HaiDuongFigures.Bts,
            HaiDuongFigures.PostalPoints,
            HaiDuongFigures.FiberRoutes,
            HaiDuongFigures.FiberKm
        );

    /// <summary>Hải Dương's densities per km² applied to another territory's published area.</summary>
    public static CalibratedTargets ScaledTo(double areaKm2)
    {
        var k = areaKm2 / HaiDuongFigures.AreaKm2;
        return new(
            (int)Math.Round(HaiDuongFigures.Structures * k),
            (int)Math.Round(HaiDuongFigures.Bts * k),
            (int)Math.Round(HaiDuongFigures.PostalPoints * k),
            (int)Math.Round(HaiDuongFigures.FiberRoutes * k),
            Math.Round(HaiDuongFigures.FiberKm * k, 1)
        );
    }
}
