using System.Collections.Concurrent;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Api.Map;

/// <summary>
/// The TM-3 planes the map's coordinate readout uses, one per EPSG code and built once: the conversion the appraisal engine
/// measures in. Keyed by code rather than holding one plane because an activated plan version may belong to another system.
/// </summary>
public sealed class ProvinceFrame
{
    private readonly ConcurrentDictionary<int, MetricFrame> _frames = new();

    /// <summary>The plane of the system with this EPSG code.</summary>
    public MetricFrame For(int epsg) => _frames.GetOrAdd(epsg, static code => new MetricFrame(code));
}
