using System.Globalization;
using CsvHelper;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Provinces;

/// <summary>
/// Reads OurAirports' Vietnamese airports and runways (data/sources/airports, public domain): every aerodrome with at least one open
/// runway whose both ends are located. Heliports and seaplane bases without runways are left out: the aviation rule needs runway
/// ends, and none are invented.
/// </summary>
public static class AirportSource
{
    public const string AirportsFile = "ourairports_airports_vn.csv";
    public const string RunwaysFile = "ourairports_runways_vn.csv";

    /// <summary>The team's Vietnamese names by ICAO code (data/sources/README.md): OurAirports names aerodromes in English.</summary>
    public const string VietnameseNamesFile = "vietnamese_names.csv";
    private const double MetresPerFoot = 0.3048;

    /// <summary>The aerodromes with runways, in the file's order; <paramref name="keep"/> picks among them.</summary>
    public static IReadOnlyList<Airport> Read(string airportsDir, Func<Airport, bool> keep)
    {
        var airports = ReadCsv(Path.Combine(airportsDir, AirportsFile));
        var runways = ReadCsv(Path.Combine(airportsDir, RunwaysFile));
        var namesFile = Path.Combine(airportsDir, VietnameseNamesFile);
        var namesVi = File.Exists(namesFile)
            ? ReadCsv(namesFile).ToDictionary(r => r["icao"], r => r["name_vi"], StringComparer.Ordinal)
            : [];
        var result = new List<Airport>();
        foreach (var a in airports)
        {
            var location = new Point(Num(a["longitude_deg"])!.Value, Num(a["latitude_deg"])!.Value) { SRID = 4326 };
            var ident = a["ident"];
            var found = runways
                .Where(r => r["airport_ident"] == ident && r["closed"] != "1")
                .Select(r => ToRunway(r, a))
                .OfType<Runway>()
                .ToList();
            if (found.Count == 0)
                continue;
            var lengthFt = runways.Where(r => r["airport_ident"] == ident).Max(r => Num(r["length_ft"]) ?? 0);
            var airport = new Airport(
                ident,
                a["name"],
                Math.Round((Num(a["elevation_ft"]) ?? 0) * MetresPerFoot, 1),
                CodeNumber(lengthFt * MetresPerFoot),
                location,
                found,
                namesVi.GetValueOrDefault(ident)
            );
            if (keep(airport))
                result.Add(airport);
        }
        return result;
    }

    /// <summary>ICAO Annex 14, Table 1-1: the code number from the reference field length (here the runway length, which is close enough for the aerodromes in question).</summary>
    private static int CodeNumber(double lengthM) =>
        lengthM switch
        {
            >= 1800 => 4,
            >= 1200 => 3,
            >= 800 => 2,
            _ => 1,
        };

    private static Runway? ToRunway(Dictionary<string, string> r, Dictionary<string, string> airport)
    {
        var (leLat, leLon, heLat, heLon) = (
            Num(r["le_latitude_deg"]),
            Num(r["le_longitude_deg"]),
            Num(r["he_latitude_deg"]),
            Num(r["he_longitude_deg"])
        );
        if (leLat is null || leLon is null || heLat is null || heLon is null)
            return null;
        var fallback = Num(airport["elevation_ft"]) ?? 0;
        return new Runway(
            $"{r["le_ident"]}/{r["he_ident"]}",
            new(r["le_ident"], leLon.Value, leLat.Value, Math.Round((Num(r["le_elevation_ft"]) ?? fallback) * MetresPerFoot, 1)),
            new(r["he_ident"], heLon.Value, heLat.Value, Math.Round((Num(r["he_elevation_ft"]) ?? fallback) * MetresPerFoot, 1)),
            Math.Round((Num(r["width_ft"]) ?? 0) * MetresPerFoot, 1)
        );
    }

    private static double? Num(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(header.ToDictionary(h => h, h => reader.GetField(h) ?? ""));
        return rows;
    }
}
