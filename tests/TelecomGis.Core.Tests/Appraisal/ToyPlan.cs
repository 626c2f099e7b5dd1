using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Tests.Appraisal;

/// <summary>
/// A small hand-checkable plan laid out in EPSG:5899 metres around (500 000, 2 350 000), so that every distance in a test
/// is exact in the frame the engine measures in. Layout (x, y relative to the origin, metres):
/// province −10 000…10 000 square; commune W (x &lt; 0, urban ward) and commune E (x ≥ 0, rural);
/// urban zone −10 000…−2 000 × −5 000…5 000 (A1a|A1b|A2a, 30 m, planned positions, urban);
/// tourist zone 2 000…4 000 × 2 000…4 000 (A1 camouflaged, 15 m); the rest falls to the rural default (60 m);
/// military area 5 000…6 000 × −1 000…0 (consult); heritage core 6 000…6 500 × 5 000…5 500 (prohibit, 100 m buffer);
/// runway from (−2 000, −8 000) to (1 000, −8 000) at 10 m, aerodrome elevation 10 m.
/// </summary>
public sealed class ToyPlan
{
    public const double OriginE = 500000,
        OriginN = 2350000;
    public static readonly MetricFrame Frame = new(5899);
    private static readonly GeometryFactory Wgs = new(new PrecisionModel(), 4326);

    public List<PlanZone> Zones { get; } = [];
    public List<PlannedPosition> Positions { get; } = [];
    public List<RestrictedArea> Areas { get; } = [];
    public List<Site> Sites { get; } = [];
    public List<SensitivePlace> Places { get; } = [];
    public List<Airport> Airports { get; } = [];
    public List<RuleParameter> Rules { get; } = DefaultRules();

    public ToyPlan()
    {
        var all = PoleClassSet.All;
        var a1 = PoleClassSet.Parse("A1");
        Zones.Add(new PlanZone("Z-DEFAULT", "Đất nông thôn", "rural", all, 60, false, false, false, Wgs.CreateGeometryCollection()));
        Zones.Add(
            new PlanZone(
                "Z-URBAN",
                "Đô thị",
                "urban",
                PoleClassSet.Parse("A1a|A1b|A2a"),
                30,
                false,
                true,
                true,
                Box(-10000, -5000, -2000, 5000)
            )
        );
        Zones.Add(new PlanZone("Z-TOURIST", "Khu du lịch", "tourist", a1, 15, true, false, false, Box(2000, 2000, 4000, 4000)));
        Areas.Add(
            new RestrictedArea(
                "R-MIL",
                "Khu quân sự K1",
                "military",
                RestrictionEffect.Consult,
                0,
                "Bộ Chỉ huy Quân sự tỉnh",
                Box(5000, -1000, 6000, 0)
            )
        );
        Areas.Add(
            new RestrictedArea(
                "R-HER",
                "Di tích lõi",
                "heritage_core",
                RestrictionEffect.Prohibit,
                100,
                "Sở Văn hóa",
                Box(6000, 5000, 6500, 5500)
            )
        );
        Airports.Add(
            new Airport(
                "TEST",
                "Sân bay thử",
                10,
                4,
                Pt(-500, -8000),
                [new Runway("09/27", End("09", -2000, -8000), End("27", 1000, -8000), 45)]
            )
        );
    }

    public static RunwayEnd End(string designator, double x, double y)
    {
        var p = Pt(x, y);
        return new RunwayEnd(designator, p.X, p.Y, 10);
    }

    /// <summary>A WGS 84 point at metric offset (x, y) from the origin.</summary>
    public static Point Pt(double x, double y)
    {
        var (lon, lat) = Frame.ToWgs84(new Coordinate(OriginE + x, OriginN + y));
        return Wgs.CreatePoint(new Coordinate(lon, lat));
    }

    public static Geometry Box(double x0, double y0, double x1, double y1)
    {
        var metric = Frame.Factory.ToGeometry(new Envelope(OriginE + x0, OriginE + x1, OriginN + y0, OriginN + y1));
        return Frame.ToWgs84(metric);
    }

    public static List<RuleParameter> DefaultRules() =>
        [
            new("R08", "tolerance_urban", 100, "m", "test"),
            new("R08", "tolerance_rural", 300, "m", "test"),
            new("R09", "a2a_low_max_height", 15, "m", "test"),
            new("R09", "spacing_a2a_low_urban", 150, "m", "test"),
            new("R09", "spacing_a2a_low_other", 200, "m", "test"),
            new("R09", "spacing_a2a_high_urban", 200, "m", "test"),
            new("R09", "spacing_a2a_high_other", 350, "m", "test"),
            new("R09", "spacing_a2b_urban", 300, "m", "test"),
            new("R09", "spacing_a2b_other", 500, "m", "test"),
            new("R09", "spacing_a2c_urban", 300, "m", "test"),
            new("R09", "spacing_a2c_other", 500, "m", "test"),
            new("R09", "share_tolerance", 30, "m", "test"),
            new("R09", "share_height_margin", 3, "m", "test"),
            new("R10", "inner_horizontal_height", 45, "m", "ICAO Annex 14"),
            new("R10", "inner_horizontal_radius", 4000, "m", "ICAO Annex 14"),
            new("R10", "conical_slope", 5, "%", "ICAO Annex 14"),
            new("R10", "conical_height", 100, "m", "ICAO Annex 14"),
            new("R10", "approach_inner_edge", 300, "m", "ICAO Annex 14"),
            new("R10", "approach_threshold_distance", 60, "m", "ICAO Annex 14"),
            new("R10", "approach_divergence", 15, "%", "ICAO Annex 14"),
            new("R10", "approach_first_length", 3000, "m", "ICAO Annex 14"),
            new("R10", "approach_first_slope", 2, "%", "ICAO Annex 14"),
            new("R10", "approach_second_length", 3600, "m", "ICAO Annex 14"),
            new("R10", "approach_second_slope", 2.5, "%", "ICAO Annex 14"),
            new("R10", "approach_horizontal_length", 8400, "m", "ICAO Annex 14"),
            new("R11", "height_approval", 45, "m", "Nghị định 32/2016/NĐ-CP"),
            new("R12", "power_density_limit", 2, "W/m²", "TCVN 3718-1:2005"),
            new("WHERE", "search_radius", 1000, "m", "test"),
            new("WHERE", "search_step", 25, "m", "test"),
        ];

    public ToyPlan WithSite(
        string id,
        string carrier,
        double x,
        double y,
        PoleClass poleClass = PoleClass.A2b,
        double heightM = 40,
        RegisterStanding? standing = null
    )
    {
        Sites.Add(
            new Site(id, carrier, id, Pt(x, y), poleClass, heightM, false, [], []) { Standing = standing ?? RegisterStanding.InOperation }
        );
        return this;
    }

    public ToyPlan WithPosition(string id, string? carrier, double x, double y, string classes = "A1a|A1b|A2a", double? maxHeightM = null)
    {
        Positions.Add(new PlannedPosition(id, carrier, PoleClassSet.Parse(classes), maxHeightM, Pt(x, y)));
        return this;
    }

    public ToyPlan WithSchool(string id, double x, double y)
    {
        Places.Add(new SensitivePlace(id, $"Trường {id}", "school", Pt(x, y)));
        return this;
    }

    public ProvincePlan Build()
    {
        var province = new Province("99", "Tỉnh Thử", 5899, Box(-10000, -10000, 10000, 10000));
        var since = Validity.Since(new DateOnly(2025, 7, 1));
        var communes = new List<Commune>
        {
            new("00001", "Tây", AdministrativeUnitKind.Ward, null, 20000, 200, since, Box(-10000, -10000, 0, 10000)),
            new("00002", "Đông", AdministrativeUnitKind.Commune, null, 5000, 200, since, Box(0, -10000, 10000, 10000)),
            new(
                "OLD-1",
                "Cũ",
                AdministrativeUnitKind.Commune,
                "Huyện Cũ",
                1,
                1,
                new Validity(new DateOnly(2009, 1, 1), new DateOnly(2025, 6, 30)),
                Box(-10000, -10000, 10000, 10000)
            ),
        };
        var meta = new PlanMetadata("Quy hoạch thử", "Sở Thử", "Test Department", new DateOnly(2024, 1, 1), "Z-DEFAULT");
        return new ProvincePlan(
            new PlanVersion(new string('0', 64)),
            meta,
            province,
            communes,
            Zones,
            Positions,
            Areas,
            Airports,
            Sites,
            Places,
            [],
            [],
            new RuleTable(Rules)
        );
    }

    public AppraisalEngine Engine() => new(new PlanIndex(Build(), new DateOnly(2026, 1, 1)));

    /// <summary>A proposed site at metric offset (x, y).</summary>
    public static ProposedSite Proposal(
        double x,
        double y,
        PoleClass poleClass = PoleClass.A2b,
        double heightM = 30,
        string carrier = "Viettel",
        bool camouflaged = false,
        string? shares = null,
        double? groundM = null,
        string? commune = null,
        IReadOnlyList<Sector>? sectors = null
    )
    {
        var p = Pt(x, y);
        return new ProposedSite(1, carrier, "NEW-1", p.X, p.Y, poleClass, heightM, camouflaged, shares, null, groundM, commune, sectors);
    }
}
