using NetTopologySuite.Geometries;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Administration;

/// <summary>A province: its code, name, boundary (WGS 84) and the VN-2000 TM-3 system its surveys use.</summary>
/// <param name="Code">National code, e.g. "22" for Quảng Ninh.</param>
/// <param name="Epsg">The province's VN-2000 TM-3 system, e.g. 5899 (central meridian 107°45′); all metric work happens there.</param>
/// <param name="Transformation">The VN-2000 → WGS 84 transformation its conversions use: the national EPSG:6960 unless plan.json
/// chooses EPSG:5194 (Mekong delta; docs/GEODESY.md).</param>
public sealed record Province(
    string Code,
    string Name,
    int Epsg,
    Geometry Boundary,
    Vn2000Transformation Transformation = Vn2000Transformation.National6960
);
