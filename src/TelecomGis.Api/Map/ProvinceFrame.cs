using TelecomGis.Api.Hosting;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Api.Map;

/// <summary>The province's TM-3 plane, built once: the conversion the appraisal engine measures in.</summary>
public sealed class ProvinceFrame(CurrentPlan current)
{
    public int Epsg { get; } = current.Plan.Province.Epsg;

    public MetricFrame Frame { get; } = new(current.Plan.Province.Epsg);
}
