namespace TelecomGis.Core.Geodesy;

/// <summary>
/// Every VN-2000 projected system the product accepts: the TM-3 zones of EPSG (5896–5899, 9205–9218) and UTM 48N/49N (3405/3406).
/// </summary>
/// <remarks>Central meridians as EPSG publishes them (checked against <c>projinfo EPSG:nnnn</c>).</remarks>
public static class CrsCatalog
{
    public const int Wgs84 = 4326;

    private static readonly (int Epsg, double Cm, string Zone)[] Tm3 =
    [
        (5896, 102.0, "TM-3 zone 481"),
        (5897, 105.0, "TM-3 zone 482"),
        (5898, 108.0, "TM-3 zone 491"),
        (5899, 107.75, "TM-3 107-45"),
        (9205, 103.0, "TM-3 103-00"),
        (9206, 104.0, "TM-3 104-00"),
        (9207, 104.5, "TM-3 104-30"),
        (9208, 104.75, "TM-3 104-45"),
        (9209, 105.5, "TM-3 105-30"),
        (9210, 105.75, "TM-3 105-45"),
        (9211, 106.0, "TM-3 106-00"),
        (9212, 106.25, "TM-3 106-15"),
        (9213, 106.5, "TM-3 106-30"),
        (9214, 107.0, "TM-3 107-00"),
        (9215, 107.25, "TM-3 107-15"),
        (9216, 107.5, "TM-3 107-30"),
        (9217, 108.25, "TM-3 108-15"),
        (9218, 108.5, "TM-3 108-30"),
    ];

    private static readonly Dictionary<int, ProjectedCrs> ByEpsg = Build();

    private static Dictionary<int, ProjectedCrs> Build()
    {
        var all = Tm3.Select(z => new ProjectedCrs(z.Epsg, $"VN-2000 / {z.Zone}", z.Cm, Vn2000Datum.Tm3ScaleFactor))
            .Append(new ProjectedCrs(3405, "VN-2000 / UTM zone 48N", 105.0, Vn2000Datum.UtmScaleFactor))
            .Append(new ProjectedCrs(3406, "VN-2000 / UTM zone 49N", 111.0, Vn2000Datum.UtmScaleFactor));
        return all.ToDictionary(c => c.Epsg);
    }

    /// <summary>All projected systems, ordered by EPSG code.</summary>
    public static IReadOnlyList<ProjectedCrs> All { get; } = [.. ByEpsg.Values.OrderBy(c => c.Epsg)];

    public static bool TryGet(int epsg, out ProjectedCrs crs) => ByEpsg.TryGetValue(epsg, out crs!);

    /// <summary>The system for an EPSG code; throws for codes outside the catalogue.</summary>
    public static ProjectedCrs Get(int epsg) =>
        ByEpsg.TryGetValue(epsg, out var crs)
            ? crs
            : throw new ArgumentOutOfRangeException(nameof(epsg), epsg, "Not a VN-2000 projected system this product knows.");

    /// <summary>The TM-3 system whose central meridian is the given one (as Vietnamese documents state it, e.g. 107°45′).</summary>
    public static ProjectedCrs? ForCentralMeridian(double centralMeridianDeg) =>
        All.FirstOrDefault(c => c.ScaleFactor == Vn2000Datum.Tm3ScaleFactor && Math.Abs(c.CentralMeridianDeg - centralMeridianDeg) < 1e-9);

    /// <summary>Parses "EPSG:5899", "5899" or "epsg:4326".</summary>
    public static bool TryParseCode(string text, out int epsg)
    {
        var t = text.Trim();
        if (t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase))
            t = t[5..];
        return int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out epsg)
            && (epsg == Wgs84 || ByEpsg.ContainsKey(epsg));
    }
}
