using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// The received level at which a cell counts as covered, per technology, dBm (COVERAGE.md's defaults: 2G −95, 3G −100,
/// 4G RSRP-equivalent −105, 5G −105). A value type so that parameters compare by value in the cache key.
/// </summary>
public readonly record struct CoverageThresholds(double G2Dbm, double G3Dbm, double G4Dbm, double G5Dbm)
{
    public static CoverageThresholds Default => new(-95, -100, -105, -105);

    public double For(Technology technology) =>
        technology switch
        {
            Technology.G2 => G2Dbm,
            Technology.G3 => G3Dbm,
            Technology.G4 => G4Dbm,
            _ => G5Dbm,
        };
}
