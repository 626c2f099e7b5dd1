using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage.Fiber;

/// <summary>Kilometres of fiber of one owner and laying, in one district (null: the whole province).</summary>
/// <param name="Routes">Routes with some length in the district (a route crossing two districts counts in both).</param>
/// <param name="LengthKm">Planar length in the province's TM-3 plane, km.</param>
public sealed record FiberLength(string Owner, Laying Laying, string? District, int Routes, double LengthKm);
