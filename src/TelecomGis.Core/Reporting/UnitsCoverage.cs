using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// How much of the province the communes valid on an index's day cover (planar areas in the province's VN-2000 plane). A merged
/// province's bundle may hold the pre-2025 communes of only one of the provinces it took in (Hải Phòng: the former Hải Dương's,
/// about 54% of today's area; Vĩnh Long: the former Vĩnh Long's, about 39%): a figure of the whole province divided over those
/// units (postal points over their area) would be neither the province's nor that part's, so the report leaves it empty.
/// </summary>
public static class UnitsCoverage
{
    /// <summary>Below this share of the province's area the units are taken not to cover it (generalised boundaries lose a little
    /// at the coast and the islands; a missing province loses a third or more).</summary>
    public const double Threshold = 0.9;

    /// <summary>The communes' area over the province's, at most 1; 1 for a province without area.</summary>
    public static double ShareOfProvince(PlanIndex index)
    {
        var province = index.Province.Features.Sum(f => f.Metric.Area);
        if (province <= 0)
            return 1;
        return Math.Min(1, index.Communes.Features.Sum(f => f.Metric.Area) / province);
    }

    public static bool CoversProvince(PlanIndex index) => ShareOfProvince(index) >= Threshold;
}
