using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Bundle;

/// <summary>
/// Writes a bundle so that the same objects always give the same bytes: features sorted by key, coordinates rounded
/// (6 decimals, about 0.1 m; 7 for points) in invariant culture, one feature per line, UTF-8 without BOM, LF line ends.
/// Byte-stable files keep the plan version (a hash of the files) stable and the git diffs small.
/// </summary>
public static class PlanBundleWriter
{
    private const int LineDecimals = 6;
    private const int PointDecimals = 7;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>Writes every layer of the plan, plus the undergrounding zones, which the plan model does not carry.</summary>
    public static void Write(ProvincePlan plan, string folder, IEnumerable<LayerFeature> undergroundingZones)
    {
        Directory.CreateDirectory(folder);
        WritePlanJson(plan, Path.Combine(folder, BundleFiles.Plan));
        foreach (var (file, features) in Layers(plan))
            WriteLayer(Path.Combine(folder, file), features);
        WriteLayer(Path.Combine(folder, BundleFiles.UndergroundingZones), undergroundingZones);
        WriteRules(plan.Rules, Path.Combine(folder, BundleFiles.Rules));
    }

    /// <summary>
    /// The plan's feature layers by bundle file name, in the plan's own order, with the properties data/README.md fixes:
    /// the one mapping from the model to features, shared by the bundle and the stores.
    /// </summary>
    public static IReadOnlyList<(string File, IReadOnlyList<LayerFeature> Features)> Layers(ProvincePlan plan) =>
        [
            (BundleFiles.Province, [new(plan.Province.Code, plan.Province.Boundary, ProvinceProperties(plan.Province))]),
            (BundleFiles.Communes, [.. plan.Communes.Select(ToFeature)]),
            (BundleFiles.Zones, [.. plan.Zones.Select(ToFeature)]),
            (BundleFiles.PlannedPositions, [.. plan.PlannedPositions.Select(ToFeature)]),
            (BundleFiles.RestrictedAreas, [.. plan.RestrictedAreas.Select(ToFeature)]),
            (BundleFiles.Airports, [.. plan.Airports.Select(ToFeature)]),
            (BundleFiles.Runways, [.. plan.Airports.SelectMany(a => a.Runways.Select(r => ToFeature(a, r)))]),
            (BundleFiles.Sites, [.. plan.Sites.Select(ToFeature)]),
            (
                BundleFiles.SensitivePlaces,
                [
                    .. plan.SensitivePlaces.Select(s => new LayerFeature(
                        s.Id,
                        s.Geometry,
                        [P("id", s.Id), P("name", s.Name), P("kind", s.Kind)]
                    )),
                ]
            ),
            (
                BundleFiles.FiberRoutes,
                [
                    .. plan.FiberRoutes.Select(r => new LayerFeature(
                        r.Id,
                        r.Path,
                        [
                            P("id", r.Id),
                            P("owner", r.Owner),
                            P("name", r.Name),
                            P("laying", r.Laying == Laying.Aerial ? "aerial" : "underground"),
                            P("kind", r.Kind),
                        ]
                    )),
                ]
            ),
            (BundleFiles.PostOffices, [.. plan.PostalPoints.Select(ToFeature)]),
        ];

    /// <summary>A feature's properties as the compact JSON object a bundle file holds (numbers rounded the same way).</summary>
    public static string PropertiesJson(LayerFeature feature)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Compact))
        {
            WriteProperties(w, feature.Properties);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one GeoJSON FeatureCollection, features sorted by <see cref="LayerFeature.SortKey"/> (ordinal).</summary>
    public static void WriteLayer(string path, IEnumerable<LayerFeature> features)
    {
        using var stream = new MemoryStream();
        stream.Write("{\"type\":\"FeatureCollection\",\"features\":[\n"u8);
        var first = true;
        foreach (var feature in features.OrderBy(f => f.SortKey, StringComparer.Ordinal))
        {
            if (!first)
                stream.Write(",\n"u8);
            first = false;
            using (var w = new Utf8JsonWriter(stream, Compact))
            {
                WriteFeature(w, feature);
            }
        }
        stream.Write("\n]}\n"u8);
        File.WriteAllBytes(path, stream.ToArray());
    }

    public static KeyValuePair<string, object?> P(string name, object? value) => new(name, value);

    private static void WriteFeature(Utf8JsonWriter w, LayerFeature f)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WritePropertyName("properties");
        WriteProperties(w, f.Properties);
        w.WritePropertyName("geometry");
        WriteGeometry(w, f.Geometry);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        w.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            w.WritePropertyName(name);
            WriteValue(w, value);
        }
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case double d:
                w.WriteRawValue(Number(d, 6));
                break;
            case DateOnly date:
                w.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> list:
                w.WriteStartArray();
                foreach (var item in list)
                    WriteProperties(w, item);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A bundle property cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }

    // Rounded, then the shortest text that round-trips: the same double always prints the same way, and "-0" never appears.
    private static string Number(double d, int decimals)
    {
        var r = Math.Round(d, decimals, MidpointRounding.AwayFromZero);
        if (r == 0)
            r = 0;
        return r.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void WriteGeometry(Utf8JsonWriter w, Geometry? g)
    {
        if (g is null || (g.IsEmpty && g is GeometryCollection and not MultiPolygon))
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        w.WriteString("type", g.GeometryType);
        w.WritePropertyName("coordinates");
        switch (g)
        {
            case Point p:
                WritePosition(w, p.Coordinate, PointDecimals);
                break;
            case LineString l:
                WritePositions(w, l.Coordinates);
                break;
            case Polygon p:
                WritePolygon(w, p);
                break;
            case MultiPolygon mp:
                w.WriteStartArray();
                foreach (var part in mp.Geometries)
                    WritePolygon(w, (Polygon)part);
                w.WriteEndArray();
                break;
            case MultiLineString ml:
                w.WriteStartArray();
                foreach (var part in ml.Geometries)
                    WritePositions(w, part.Coordinates);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A bundle layer cannot hold a {g.GeometryType}.", nameof(g));
        }
        w.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter w, Polygon p)
    {
        w.WriteStartArray();
        WritePositions(w, p.ExteriorRing.Coordinates);
        foreach (var hole in p.InteriorRings)
            WritePositions(w, hole.Coordinates);
        w.WriteEndArray();
    }

    private static void WritePositions(Utf8JsonWriter w, Coordinate[] coordinates)
    {
        w.WriteStartArray();
        foreach (var c in coordinates)
            WritePosition(w, c, LineDecimals);
        w.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter w, Coordinate c, int decimals)
    {
        w.WriteStartArray();
        w.WriteRawValue(Number(c.X, decimals));
        w.WriteRawValue(Number(c.Y, decimals));
        w.WriteEndArray();
    }

    /// <summary>
    /// The province feature's properties: code and name, and the VN-2000 transformation only when a plan chose EPSG:5194, so that
    /// a store (which keeps every layer's properties but not plan.json) reads the choice back, and national bundles keep their bytes.
    /// </summary>
    private static List<KeyValuePair<string, object?>> ProvinceProperties(Province province) =>
        province.Transformation == Core.Geodesy.Vn2000Transformation.National6960
            ? [P("code", province.Code), P("name", province.Name)]
            :
            [
                P("code", province.Code),
                P("name", province.Name),
                P("vn2000_transformation", Core.Geodesy.Vn2000Transformations.Code(province.Transformation)),
            ];

    private static void WritePlanJson(ProvincePlan plan, string path)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartObject();
            w.WriteString("province_code", plan.Province.Code);
            w.WriteString("province_name", plan.Province.Name);
            w.WriteNumber("epsg", plan.Province.Epsg);
            if (plan.Province.Transformation != Core.Geodesy.Vn2000Transformation.National6960)
                w.WriteString("vn2000_transformation", Core.Geodesy.Vn2000Transformations.Code(plan.Province.Transformation));
            w.WriteString("plan_name", plan.Metadata.PlanName);
            w.WriteString("department_name_vi", plan.Metadata.DepartmentNameVi);
            w.WriteString("department_name_en", plan.Metadata.DepartmentNameEn);
            w.WriteString("adopted", plan.Metadata.Adopted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("default_zone_id", plan.Metadata.DefaultZoneId);
            if (plan.Metadata.Approval is { } approval)
            {
                w.WriteStartObject("approval");
                w.WriteString("number", approval.Number);
                w.WriteString("date", approval.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("authority", approval.Authority);
                w.WriteString("citation", approval.Citation);
                w.WriteEndObject();
            }
            if (plan.Metadata.LegalBases is { } bases)
            {
                w.WriteStartArray("legal_bases");
                foreach (var b in bases)
                    w.WriteStringValue(b);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        stream.Write("\n"u8);
        File.WriteAllBytes(path, stream.ToArray());
    }

    private static void WriteRules(RuleTable rules, string path)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            foreach (var h in new[] { "rule_id", "parameter", "value", "unit", "citation" })
                csv.WriteField(h);
            csv.NextRecord();
            foreach (var p in rules.Parameters)
            {
                csv.WriteField(p.RuleId);
                csv.WriteField(p.Name);
                csv.WriteField(p.Value.ToString("R", CultureInfo.InvariantCulture));
                csv.WriteField(p.Unit);
                csv.WriteField(p.Citation);
                csv.NextRecord();
            }
        }
        File.WriteAllText(path, text.ToString(), Utf8);
    }

    private static LayerFeature ToFeature(Commune c) =>
        new(
            c.Code,
            c.Boundary,
            [
                P("code", c.Code),
                P("name", c.Name),
                P("kind", c.Kind.VietnameseName()),
                P("district", c.DistrictName),
                P("population", c.Population),
                P("area_km2", c.AreaKm2),
                P("valid_from", c.Validity.From),
                P("valid_to", c.Validity.To),
            ]
        );

    private static LayerFeature ToFeature(PlanZone z) =>
        new(
            z.Id,
            z.Geometry.IsEmpty ? null : z.Geometry,
            [
                P("id", z.Id),
                P("name", z.Name),
                P("kind", z.Kind),
                P("allowed_classes", z.AllowedClasses.ToString()),
                P("max_height_m", z.MaxHeightM),
                P("requires_camouflage", z.RequiresCamouflage),
                P("requires_planned_position", z.RequiresPlannedPosition),
                P("urban", z.IsUrban),
            ]
        );

    private static LayerFeature ToFeature(PlannedPosition p) =>
        new(
            p.Id,
            p.Location,
            [P("id", p.Id), P("carrier", p.Carrier), P("allowed_classes", p.AllowedClasses.ToString()), P("max_height_m", p.MaxHeightM)]
        );

    private static LayerFeature ToFeature(RestrictedArea a) =>
        new(
            a.Id,
            a.Geometry,
            [
                P("id", a.Id),
                P("name", a.Name),
                P("kind", a.Kind),
                P("effect", a.Effect == RestrictionEffect.Prohibit ? "prohibit" : "consult"),
                P("buffer_m", a.BufferM),
                P("authority", a.Authority),
            ]
        );

    private static LayerFeature ToFeature(Airport a) =>
        new(
            a.Icao,
            a.Location,
            [
                P("icao", a.Icao),
                P("name", a.Name),
                .. a.NameVi is null ? [] : new[] { P("name_vi", a.NameVi) },
                P("elevation_m", a.ElevationM),
                P("code_number", a.CodeNumber),
            ]
        );

    private static LayerFeature ToFeature(Airport a, Runway r) =>
        new(
            $"{a.Icao} {r.Designator}",
            new LineString([new Coordinate(r.Low.LonDeg, r.Low.LatDeg), new Coordinate(r.High.LonDeg, r.High.LatDeg)]),
            [
                P("airport", a.Icao),
                P("designator", r.Designator),
                P("width_m", r.WidthM),
                P("low_elevation_m", r.Low.ElevationM),
                P("high_elevation_m", r.High.ElevationM),
            ]
        );

    private static LayerFeature ToFeature(Site s) =>
        new(
            s.Id,
            s.Location,
            [
                P("id", s.Id),
                P("carrier", s.Carrier),
                P("code", s.Code),
                P("pole_class", s.PoleClass.ToString()),
                P("height_m", s.HeightM),
                P("camouflaged", s.Camouflaged),
                P("shared_with", string.Join("|", s.SharedWith)),
                P(
                    "sectors",
                    s.Sectors.Select(x =>
                            (IReadOnlyList<KeyValuePair<string, object?>>)
                                [
                                    P("azimuth_deg", x.AzimuthDeg),
                                    P("frequency_mhz", x.FrequencyMhz),
                                    P("eirp_dbm", x.EirpDbm),
                                    P("technology", x.Technology.Label()),
                                    P("antenna_height_m", x.AntennaHeightM),
                                ]
                        )
                        .ToList()
                ),
            ]
        );

    private static LayerFeature ToFeature(PostalServicePoint p) =>
        new(
            p.Id,
            p.Location,
            [
                P("id", p.Id),
                P("name", p.Name),
                P(
                    "kind",
                    p.Kind switch
                    {
                        PostalPointKind.PostOffice => "post_office",
                        PostalPointKind.CulturalPostOffice => "cultural_post_office",
                        PostalPointKind.Agent => "agent",
                        PostalPointKind.Kiosk => "kiosk",
                        _ => "letter_box",
                    }
                ),
                P("operator", p.Operator),
                P("commune_code", p.CommuneCode),
            ]
        );
}
