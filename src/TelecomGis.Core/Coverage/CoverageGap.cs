using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// A connected uncovered area (vùng lõm sóng) for one technology: cells inside the province that no server of the technology
/// (of <see cref="Carrier"/>, or of any carrier when null) reaches at its threshold.
/// </summary>
/// <param name="Outline">The union of its cells, in the frame's metres.</param>
/// <param name="Population">People inside, from each commune's population spread over its cells.</param>
/// <param name="Communes">The communes it touches, most cells first.</param>
public sealed record CoverageGap(
    string Id,
    Technology Technology,
    string? Carrier,
    int Cells,
    double AreaKm2,
    double Population,
    IReadOnlyList<string> Communes,
    Geometry Outline
);
