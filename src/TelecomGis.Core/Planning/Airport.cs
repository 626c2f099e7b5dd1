using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Planning;

/// <summary>One end of a runway (threshold) in WGS 84 with its elevation.</summary>
public readonly record struct RunwayEnd(string Designator, double LonDeg, double LatDeg, double ElevationM);

/// <summary>A runway between two thresholds.</summary>
/// <param name="WidthM">Paved width in metres.</param>
public sealed record Runway(string Designator, RunwayEnd Low, RunwayEnd High, double WidthM);

/// <summary>An aerodrome whose obstacle limitation surfaces (ICAO Annex 14) the aviation rule checks.</summary>
/// <param name="Icao">ICAO code, e.g. "VVVD".</param>
/// <param name="ElevationM">Aerodrome elevation above mean sea level, metres.</param>
/// <param name="CodeNumber">Aerodrome reference code number 1–4 (4: runway of 1,800 m or more); picks the surfaces' dimensions.</param>
/// <param name="Location">Aerodrome reference point.</param>
public sealed record Airport(string Icao, string Name, double ElevationM, int CodeNumber, Point Location, IReadOnlyList<Runway> Runways);
