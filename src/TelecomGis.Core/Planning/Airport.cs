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
/// <param name="Name">Its name as the source gives it (OurAirports: in English, "Van Don International Airport").</param>
/// <param name="Location">Aerodrome reference point.</param>
/// <param name="NameVi">Its Vietnamese name, "Cảng hàng không quốc tế Vân Đồn", or null when the plan gives none.</param>
public sealed record Airport(
    string Icao,
    string Name,
    double ElevationM,
    int CodeNumber,
    Point Location,
    IReadOnlyList<Runway> Runways,
    string? NameVi = null
)
{
    /// <summary>
    /// How a Vietnamese sentence names it: by its Vietnamese name; without one, "sân bay" and its ICAO code, never the source's
    /// English name inside Vietnamese text.
    /// </summary>
    public string VietnameseName => NameVi ?? $"sân bay {Icao}";
}
