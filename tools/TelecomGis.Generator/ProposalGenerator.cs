using System.Globalization;
using Bogus;
using CsvHelper;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Generator;

/// <summary>
/// Writes a seeded batch of proposed sites (the input of <c>appraise</c>, data/README.md) over a plan: mostly rural A2b
/// towers, some urban rooftop and camouflaged sites, some that share existing sites, some in Hạ Long Bay or heritage zones,
/// a few near Vân Đồn airport; some rows in VN-2000 X/Y or in DMS text, and, on request, rows that must be rejected.
/// </summary>
public static class ProposalGenerator
{
    // What careless rows look like: a comma for a point, letters, a minute past 59; a class the plan does not know.
    private static readonly string[] UnreadableLongitudes = ["107,97.8", "abc", "21°99'N"];
    private static readonly string[] UnknownPoleClasses = ["B3", "A3b", "tower"];

    public static readonly IReadOnlyList<string> Header =
    [
        "carrier",
        "site_code",
        "lon",
        "lat",
        "pole_class",
        "height_m",
        "camouflaged",
        "shares_site_id",
        "x",
        "y",
        "epsg",
        "commune_code",
        "building_height_m",
        "ground_elevation_m",
        "eirp_dbm",
        "azimuth_deg",
    ];

    private enum Mix
    {
        Rural,
        Urban,
        Sharing,
        BayOrHeritage,
        NearAirport,
    }

    /// <param name="badRowShare">The share (0–1) of rows with a defect the reader must reject: unparseable coordinates, an unknown pole class, a negative height or a point outside Vietnam.</param>
    public static void Generate(ProvincePlan plan, int count, int seed, TextWriter csvOut, double badRowShare = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(badRowShare);
        var random = new Randomizer(seed);
        var frame = new DrawingFrame(plan.Province.Epsg);
        var rural = plan
            .Communes.Where(c => c.Validity.To is null && c.Kind != AdministrativeUnitKind.Ward)
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        var urban = plan.Zones.Where(z => z.Kind is "urban" or "urban_main_street").OrderBy(z => z.Id, StringComparer.Ordinal).ToList();
        // Islands and shores of the bay and heritage zones: the zones' parts that lie on land in the province.
        var special = plan
            .Zones.Where(z => z.Kind is "tourist" or "heritage")
            .OrderBy(z => z.Id, StringComparer.Ordinal)
            .Select(z => z.Geometry.Intersection(plan.Province.Boundary))
            .Where(g => !g.IsEmpty)
            .ToList();
        // A bundle with no urban zone (Hải Phòng's and Vĩnh Long's plans carry only the default zone) has no urban union: every
        // point is outside the towns.
        var urbanUnion = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(urban.Select(z => z.Geometry).ToList());
        var urbanLocator = urbanUnion is null ? null : new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(urbanUnion);
        var sites = plan.Sites as IList<Site> ?? [.. plan.Sites];
        var airports = plan.Airports as IList<Airport> ?? [.. plan.Airports];
        // A mix the plan has nothing for (no urban zone, no existing site, no bay or heritage zone, no aerodrome) is never drawn;
        // with every kind present the weights, and so the rows of a seed, are as they always were.
        double[] mixWeights =
        [
            0.58,
            urban.Count > 0 ? 0.20 : 0,
            sites.Count > 0 ? 0.12 : 0,
            special.Count > 0 ? 0.08 : 0,
            airports.Count > 0 ? 0.02 : 0,
        ];
        var numbers = Carriers.All.ToDictionary(c => c, _ => 0);

        using var csv = new CsvWriter(
            csvOut,
            new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" },
            leaveOpen: true
        );
        foreach (var h in Header)
            csv.WriteField(h);
        csv.NextRecord();

        for (var i = 0; i < count; i++)
        {
            var carrier = Carriers.All[RandomPlaces.Weighted(random, Carriers.Share)];
            numbers[carrier]++;
            var row = new Dictionary<string, string>
            {
                ["carrier"] = carrier,
                ["site_code"] = $"NEW-{Carriers.SiteCode(carrier, numbers[carrier])}",
            };
            var mix = (Mix)RandomPlaces.Weighted(random, mixWeights);
            Coordinate at;
            PoleClass poleClass;
            double height;
            var camouflaged = false;
            switch (mix)
            {
                case Mix.Urban:
                    var zone = random.ListItem(urban);
                    var near = plan.PlannedPositions.Where(p => zone.Geometry.Covers(p.Location)).ToList();
                    at =
                        near.Count > 0 && random.Bool()
                            ? frame.Offset(random.ListItem(near).Location.Coordinate, random.Double(0, 120), random.Double(0, 360))
                            : RandomPlaces.PointIn(random, zone.Geometry);
                    poleClass = random.ArrayElement(new[] { PoleClass.A1a, PoleClass.A1b, PoleClass.A2a, PoleClass.A2a, PoleClass.A2b });
                    height = poleClass switch
                    {
                        PoleClass.A1a => random.Double(3, 6),
                        PoleClass.A1b => random.Double(9, 18),
                        PoleClass.A2a => random.Double(6, 18),
                        _ => random.Double(25, 42),
                    };
                    camouflaged = poleClass == PoleClass.A1b || random.Bool(0.2f);
                    if (poleClass.IsOnBuilding())
                        row["building_height_m"] = F(random.Double(9, 40));
                    break;
                case Mix.Sharing:
                    var site = random.ListItem(sites);
                    at = frame.Offset(site.Location.Coordinate, random.Double(0, 5), random.Double(0, 360));
                    poleClass = site.PoleClass;
                    height = site.HeightM;
                    camouflaged = site.Camouflaged;
                    row["shares_site_id"] = site.Id;
                    break;
                case Mix.BayOrHeritage:
                    at = RandomPlaces.PointIn(random, random.ListItem(special));
                    poleClass = random.Bool(0.6f) ? PoleClass.A1b : PoleClass.A2b;
                    height = poleClass == PoleClass.A1b ? random.Double(9, 18) : random.Double(30, 45);
                    camouflaged = poleClass == PoleClass.A1b && random.Bool(0.7f);
                    break;
                case Mix.NearAirport:
                    var airport = random.ListItem(airports);
                    at = frame.Offset(airport.Location.Coordinate, random.Double(1500, 6000), random.Double(0, 360));
                    poleClass = PoleClass.A2b;
                    height = random.Double(30, 60);
                    break;
                default:
                    var commune = random.ListItem(rural);
                    at = RandomPlaces.PointIn(random, commune.Boundary, c =>
                        urbanLocator is null || urbanLocator.Locate(c) == Location.Exterior
                    );
                    poleClass = random.Bool(0.85f) ? PoleClass.A2b : PoleClass.A2c;
                    // Rural towers are mostly 24–42 m; a few reach the 45 m that needs height approval (Decree 32/2016).
                    height = random.Bool(0.97f) ? random.Double(24, 42) : random.Double(45, 60);
                    if (random.Bool(0.3f))
                        row["commune_code"] = commune.Code;
                    break;
            }
            row["pole_class"] = poleClass.ToString();
            row["height_m"] = F(height);
            row["camouflaged"] = camouflaged ? "true" : "false";
            if (random.Bool(0.5f))
            {
                row["eirp_dbm"] = F(random.Double(55, 65));
                row["azimuth_deg"] = F(Math.Round(random.Double(0, 359)));
            }
            WriteLocation(row, at, random, frame);
            if (badRowShare > 0 && random.Double() < badRowShare)
                Spoil(row, random);
            foreach (var h in Header)
                csv.WriteField(row.GetValueOrDefault(h, ""));
            csv.NextRecord();
        }
    }

    private static void WriteLocation(Dictionary<string, string> row, Coordinate at, Randomizer random, DrawingFrame frame)
    {
        var form = random.Double();
        if (form < 0.06)
        {
            // VN-2000 survey convention: X is the northing, Y the easting.
            var m = frame.ToMetres(at);
            row["x"] = F(m.Y, 3);
            row["y"] = F(m.X, 3);
            row["epsg"] = frame.Epsg.ToString(CultureInfo.InvariantCulture);
        }
        else if (form < 0.10)
        {
            row["lon"] = Dms(at.X, 'E');
            row["lat"] = Dms(at.Y, 'N');
        }
        else
        {
            row["lon"] = F(at.X, 6);
            row["lat"] = F(at.Y, 6);
        }
    }

    private static void Spoil(Dictionary<string, string> row, Randomizer random)
    {
        switch (random.Number(0, 3))
        {
            case 0:
                row.Remove("x");
                row.Remove("y");
                row.Remove("epsg");
                row["lon"] = random.ArrayElement(UnreadableLongitudes);
                row["lat"] = "21.5x";
                break;
            case 1:
                row["pole_class"] = random.ArrayElement(UnknownPoleClasses);
                break;
            case 2:
                row["height_m"] = F(-random.Double(1, 40));
                break;
            default:
                row.Remove("x");
                row.Remove("y");
                row.Remove("epsg");
                row["lon"] = F(random.Double(100, 101), 6); // Thailand: outside Vietnam's extent
                row["lat"] = F(random.Double(13, 14), 6);
                break;
        }
    }

    private static string Dms(double deg, char hemisphere)
    {
        var d = (int)Math.Floor(deg);
        var minutes = (deg - d) * 60;
        var m = (int)Math.Floor(minutes);
        var s = Math.Round((minutes - m) * 60, 1);
        if (s >= 60)
        {
            s = 0;
            m++;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{d}°{m:00}'{s:00.0}\"{hemisphere}");
    }

    private static string F(double v, int decimals = 1) => Math.Round(v, decimals).ToString("0.######", CultureInfo.InvariantCulture);
}
