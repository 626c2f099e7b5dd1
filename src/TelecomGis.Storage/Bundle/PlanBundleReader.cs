using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Bundle;

/// <summary>Reads a bundle folder (data/README.md) into a <see cref="ProvincePlan"/>.</summary>
public static class PlanBundleReader
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>
    /// Reads every layer of the bundle. The version hashes every *.geojson, *.json and *.csv file of the folder by name and bytes,
    /// so any edit, even to a layer the plan does not load, makes a new version.
    /// </summary>
    /// <param name="validated">
    /// Versions this build already read whole and found valid: such a version's geometries are not checked again (the CLI's
    /// commands pass <see cref="ValidatedPlans.ForThisUser"/>); a version read without an error is added to it.
    /// </param>
    /// <exception cref="PlanBundleException">A file is missing, is not valid JSON or CSV, or breaks the schema.</exception>
    public static ProvincePlan Read(string folder, ValidatedPlans? validated = null)
    {
        if (!Directory.Exists(folder))
            throw new PlanBundleException(folder, "the bundle folder does not exist", "không có thư mục gói quy hoạch này");
        var files = Directory
            .EnumerateFiles(folder)
            .Where(f =>
                f.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            )
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        var version = PlanVersion.FromInputs(files.Select(kv => (kv.Key!, kv.Value)));

        byte[] Content(string name) =>
            files.TryGetValue(name, out var c)
                ? c
                : throw new PlanBundleException(name, "is missing from the bundle", "không có trong gói quy hoạch");
        var knownValid = validated?.Knows(version) == true;
        // The layers are parsed side by side, on every core; a layer's error is raised only when Assemble asks for that layer, so a
        // bundle's first error is the same as when they were parsed in turn.
        var layers = BundleFiles
            .PlanLayers.Where(files.ContainsKey)
            .ToDictionary(
                name => name,
                name => new Lazy<IReadOnlyList<BundleFeature>>(() => BundleLayer.Parse(name, files[name], knownValid))
            );
        Parallel.ForEach(layers.Values, layer =>
        {
            try
            {
                _ = layer.Value;
            }
            catch (Exception)
            {
                // Whatever it is, the Lazy keeps it and raises it again when Assemble asks for the layer.
            }
        });
        IReadOnlyList<BundleFeature> Layer(string name) =>
            layers.TryGetValue(name, out var layer) ? layer.Value : BundleLayer.Parse(name, Content(name), knownValid);

        var (metadata, provinceCode, provinceName, epsg, transformation) = ReadPlanJson(Content(BundleFiles.Plan));
        var plan = Assemble(
            version,
            metadata,
            provinceCode,
            provinceName,
            epsg,
            Layer,
            ReadRules(Content(BundleFiles.Rules)),
            transformation
        );
        if (!knownValid)
            validated?.Remember(version, $"{metadata.PlanName} ({Path.GetFullPath(folder)})");
        return plan;
    }

    /// <summary>
    /// The bundle's VN-2000 transformation from plan.json alone, as <see cref="Read"/> would take it, without reading the layers: the
    /// CLI converts X/Y rows with it while the rest of the plan is still loading (issue 14, item 5).
    /// </summary>
    /// <exception cref="PlanBundleException">plan.json is missing or does not read; <see cref="Read"/> reports the same.</exception>
    public static Core.Geodesy.Vn2000Transformation Transformation(string folder)
    {
        var path = Path.Combine(folder, BundleFiles.Plan);
        if (!File.Exists(path))
            throw new PlanBundleException(BundleFiles.Plan, "is missing from the bundle", "không có trong gói quy hoạch");
        return ReadPlanJson(File.ReadAllBytes(path)).Item5;
    }

    /// <summary>
    /// Builds the plan from its layers, whatever holds them (the bundle's files, a store's tables), with the same checks:
    /// <paramref name="layer"/> gives the features of a bundle file name. The VN-2000 transformation is plan.json's when the
    /// bundle gives it, else the province feature's (a store keeps it there, <see cref="PlanBundleWriter.Layers"/>), else EPSG:6960.
    /// </summary>
    internal static ProvincePlan Assemble(
        PlanVersion version,
        PlanMetadata metadata,
        string provinceCode,
        string provinceName,
        int epsg,
        Func<string, IReadOnlyList<BundleFeature>> layer,
        RuleTable rules,
        Core.Geodesy.Vn2000Transformation? transformation = null
    )
    {
        var provinceFeature = layer(BundleFiles.Province) is [var single]
            ? single
            : throw new PlanBundleException(BundleFiles.Province, "must hold exactly one feature", "phải có đúng một đối tượng");
        var province = new Province(
            provinceCode,
            provinceName,
            epsg,
            provinceFeature.RequireAreal(),
            transformation ?? ReadTransformation(provinceFeature, "vn2000_transformation") ?? Core.Geodesy.Vn2000Transformation.National6960
        );

        var zones = layer(BundleFiles.Zones).Select(ReadZone).ToList();
        if (!zones.Any(z => z.Id == metadata.DefaultZoneId))
            throw new PlanBundleException(
                BundleFiles.Zones,
                $"has no zone '{metadata.DefaultZoneId}', which plan.json names as default_zone_id",
                $"không có vùng '{metadata.DefaultZoneId}', vùng mà plan.json ghi ở default_zone_id"
            );

        return new ProvincePlan(
            version,
            metadata,
            province,
            layer(BundleFiles.Communes).Select(ReadCommune).ToList(),
            zones,
            layer(BundleFiles.PlannedPositions).Select(ReadPlannedPosition).ToList(),
            layer(BundleFiles.RestrictedAreas).Select(ReadRestrictedArea).ToList(),
            ReadAirports(layer(BundleFiles.Airports), layer(BundleFiles.Runways)),
            layer(BundleFiles.Sites).Select(ReadSite).ToList(),
            layer(BundleFiles.SensitivePlaces).Select(ReadSensitivePlace).ToList(),
            layer(BundleFiles.FiberRoutes).Select(ReadFiberRoute).ToList(),
            layer(BundleFiles.PostOffices).Select(ReadPostalPoint).ToList(),
            rules
        );
    }

    /// <summary>An optional "EPSG:6960" or "EPSG:5194" property; anything else is an error naming the two choices.</summary>
    private static Core.Geodesy.Vn2000Transformation? ReadTransformation(BundleFeature f, string property)
    {
        var text = f.NullableString(property);
        if (text is null)
            return null;
        if (Core.Geodesy.Vn2000Transformations.TryParse(text, out var t))
            return t;
        throw new PlanBundleException(
            f.File,
            $"'{property}' is '{text}'; it must be EPSG:6960 (national, the default) or EPSG:5194 (Mekong delta)",
            $"'{property}' là '{text}'; chỉ được là EPSG:6960 (bộ tham số quốc gia, mặc định) hoặc EPSG:5194 (đồng bằng sông Cửu Long)."
        );
    }

    private static (PlanMetadata, string, string, int, Core.Geodesy.Vn2000Transformation) ReadPlanJson(byte[] content)
    {
        // plan.json is one object, not a feature: read it through the same accessors so that its errors look alike.
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content);
        }
        catch (JsonException e)
        {
            throw new PlanBundleException(
                BundleFiles.Plan,
                $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}",
                $"không phải JSON hợp lệ (lỗi ở dòng {e.LineNumber + 1})",
                e
            );
        }
        using (doc)
        {
            var p = new BundleFeature(BundleFiles.Plan, 0, doc.RootElement.Clone(), null);
            var metadata = new PlanMetadata(
                p.String("plan_name"),
                p.String("department_name_vi"),
                p.String("department_name_en"),
                p.Date("adopted"),
                p.String("default_zone_id"),
                ReadApproval(p, doc.RootElement),
                ReadLegalBases(p, doc.RootElement)
            );
            var epsg = (int)p.Integer("epsg");
            if (!Core.Geodesy.CrsCatalog.TryGet(epsg, out _))
                throw p.Error("epsg", $"is {epsg}, not a VN-2000 projected system", $"là {epsg}, không phải hệ tọa độ phẳng VN-2000");
            var transformation = ReadTransformation(p, "vn2000_transformation") ?? Core.Geodesy.Vn2000Transformation.National6960;
            return (metadata, p.String("province_code"), p.String("province_name"), epsg, transformation);
        }
    }

    /// <summary>plan.json's optional "approval": {number, date, authority, citation}, each required once the object is there.</summary>
    private static PlanApproval? ReadApproval(BundleFeature plan, JsonElement root)
    {
        if (!root.TryGetProperty("approval", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Object)
            throw plan.Error(
                "approval",
                "must be an object {number, date, authority, citation}",
                "phải là một đối tượng gồm number (số), date (ngày), authority (cơ quan) và citation (trích dẫn)"
            );
        var a = new BundleFeature(BundleFiles.Plan, 0, value, null);
        try
        {
            return new PlanApproval(a.String("number"), a.Date("date"), a.String("authority"), a.String("citation"));
        }
        catch (ArgumentException e)
        {
            throw plan.Error("approval", $"is incomplete: {e.Message}", "còn thiếu số, ngày, cơ quan hoặc trích dẫn của quyết định");
        }
    }

    /// <summary>plan.json's optional "legal_bases": the texts a letter cites before the plan, each a non-empty string.</summary>
    private static List<string>? ReadLegalBases(BundleFeature plan, JsonElement root)
    {
        if (!root.TryGetProperty("legal_bases", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Array)
            throw plan.Error("legal_bases", "must be an array of texts", "phải là một mảng các văn bản");
        var bases = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                throw plan.Error(
                    "legal_bases",
                    $"item {bases.Count + 1} must be a non-empty text",
                    $"mục thứ {bases.Count + 1} phải là văn bản không để trống"
                );
            bases.Add(item.GetString()!.Trim());
        }
        return bases;
    }

    private static Commune ReadCommune(BundleFeature f) =>
        new(
            f.String("code"),
            f.String("name"),
            f.Parse("kind", AdministrativeUnitKinds.Parse),
            f.NullableString("district"),
            f.Integer("population"),
            f.Number("area_km2"),
            new Validity(f.Date("valid_from"), f.NullableDate("valid_to")),
            f.RequireAreal()
        );

    private static PlanZone ReadZone(BundleFeature f)
    {
        // The default zone has a null geometry (it covers whatever no drawn zone covers); an empty collection keeps the type non-null.
        var geometry = f.Geometry is null ? Wgs84.CreateGeometryCollection() : f.RequireAreal();
        return new PlanZone(
            f.String("id"),
            f.String("name"),
            f.String("kind"),
            f.Parse("allowed_classes", PoleClassSet.Parse),
            f.Number("max_height_m"),
            f.Boolean("requires_camouflage"),
            f.Boolean("requires_planned_position"),
            f.Boolean("urban"),
            geometry
        );
    }

    private static PlannedPosition ReadPlannedPosition(BundleFeature f) =>
        new(
            f.String("id"),
            f.NullableString("carrier"),
            f.Parse("allowed_classes", PoleClassSet.Parse),
            f.NullableNumber("max_height_m"),
            f.RequireGeometry<Point>()
        );

    private static RestrictedArea ReadRestrictedArea(BundleFeature f)
    {
        var effect = f.String("effect") switch
        {
            "prohibit" => RestrictionEffect.Prohibit,
            "consult" => RestrictionEffect.Consult,
            var other => throw f.Error(
                "effect",
                $"must be 'prohibit' or 'consult', not '{other}'",
                $"phải là 'prohibit' (cấm) hoặc 'consult' (xin ý kiến), không phải '{other}'"
            ),
        };
        var buffer = f.Number("buffer_m");
        if (buffer < 0)
            throw f.Error("buffer_m", $"must not be negative ({buffer})", $"không được âm ({buffer})");
        return new RestrictedArea(
            f.String("id"),
            f.String("name"),
            f.String("kind"),
            effect,
            buffer,
            f.String("authority"),
            f.RequireAreal()
        );
    }

    private static List<Airport> ReadAirports(IReadOnlyList<BundleFeature> airports, IReadOnlyList<BundleFeature> runways)
    {
        var byAirport = runways.Select(r => (Icao: r.String("airport"), Runway: ReadRunway(r))).ToLookup(r => r.Icao, r => r.Runway);
        var result = new List<Airport>();
        foreach (var a in airports)
        {
            var code = a.Integer("code_number");
            if (code is < 1 or > 4)
                throw a.Error("code_number", $"must be 1 to 4, not {code}", $"phải từ 1 đến 4, không phải {code}");
            var icao = a.String("icao");
            result.Add(
                new Airport(
                    icao,
                    a.String("name"),
                    a.Number("elevation_m"),
                    (int)code,
                    a.RequireGeometry<Point>(),
                    [.. byAirport[icao]],
                    a.NullableString("name_vi")
                )
            );
        }
        var unknown = byAirport.Select(g => g.Key).Except(result.Select(a => a.Icao)).FirstOrDefault();
        if (unknown is not null)
            throw new PlanBundleException(
                BundleFiles.Runways,
                $"a runway names airport '{unknown}', which airports.geojson lacks",
                $"có đường cất hạ cánh ghi sân bay '{unknown}', sân bay mà airports.geojson không có"
            );
        return result;
    }

    private static Runway ReadRunway(BundleFeature f)
    {
        var line = f.RequireGeometry<LineString>();
        var designator = f.String("designator");
        var ends = designator.Split('/');
        if (ends.Length != 2)
            throw f.Error(
                "designator",
                $"must name both ends like '03/21', not '{designator}'",
                $"phải ghi số hiệu cả hai đầu, ví dụ '03/21', không phải '{designator}'"
            );
        var low = line.StartPoint;
        var high = line.EndPoint;
        return new Runway(
            designator,
            new RunwayEnd(ends[0], low.X, low.Y, f.Number("low_elevation_m")),
            new RunwayEnd(ends[1], high.X, high.Y, f.Number("high_elevation_m")),
            f.Number("width_m")
        );
    }

    private static Site ReadSite(BundleFeature f)
    {
        var sectors = new List<Sector>();
        foreach (var s in f.Array("sectors").EnumerateArray())
        {
            var sector = new BundleFeature(f.File, f.Index, s, null);
            var technology = sector.Parse("technology", Technologies.Parse);
            sectors.Add(
                new Sector(
                    sector.Number("azimuth_deg"),
                    sector.Number("frequency_mhz"),
                    sector.Number("eirp_dbm"),
                    technology,
                    sector.NullableNumber("antenna_height_m")
                )
            );
        }
        var sharedWith = f.NullableString("shared_with") is { Length: > 0 } text
            ? text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var height = f.Number("height_m");
        if (height <= 0)
            throw f.Error("height_m", $"must be positive ({height})", $"phải lớn hơn 0 ({height})");
        return new Site(
            f.String("id"),
            f.String("carrier"),
            f.String("code"),
            f.RequireGeometry<Point>(),
            f.Parse("pole_class", PoleClasses.Parse),
            height,
            f.Boolean("camouflaged"),
            sharedWith,
            sectors
        );
    }

    private static SensitivePlace ReadSensitivePlace(BundleFeature f)
    {
        var g = f.RequireGeometry<Geometry>();
        if (g is not (Point or Polygon or MultiPolygon))
            throw f.FeatureError(
                $"the geometry is a {g.GeometryType}, expected Point or Polygon",
                $"hình học là {GeometryWords.TypeVi(g.GeometryType)}, cần điểm (Point) hoặc vùng (Polygon)"
            );
        return new SensitivePlace(f.String("id"), f.String("name"), f.String("kind"), g);
    }

    private static FiberRoute ReadFiberRoute(BundleFeature f)
    {
        var laying = f.String("laying") switch
        {
            "aerial" => Laying.Aerial,
            "underground" => Laying.Underground,
            var other => throw f.Error(
                "laying",
                $"must be 'aerial' or 'underground', not '{other}'",
                $"phải là 'aerial' (treo) hoặc 'underground' (ngầm), không phải '{other}'"
            ),
        };
        return new FiberRoute(
            f.String("id"),
            f.String("owner"),
            f.String("name"),
            laying,
            f.String("kind"),
            f.RequireGeometry<LineString>()
        );
    }

    private static PostalServicePoint ReadPostalPoint(BundleFeature f)
    {
        var kind = f.String("kind") switch
        {
            "post_office" => PostalPointKind.PostOffice,
            "cultural_post_office" => PostalPointKind.CulturalPostOffice,
            "agent" => PostalPointKind.Agent,
            "kiosk" => PostalPointKind.Kiosk,
            "letter_box" => PostalPointKind.LetterBox,
            var other => throw f.Error(
                "kind",
                $"is not a postal point kind: '{other}'",
                $"không phải một loại điểm phục vụ bưu chính: '{other}'"
            ),
        };
        return new PostalServicePoint(
            f.String("id"),
            f.String("name"),
            kind,
            f.String("operator"),
            f.String("commune_code"),
            f.RequireGeometry<Point>()
        );
    }

    private static RuleTable ReadRules(byte[] content)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true };
        using var reader = new CsvReader(new StreamReader(new MemoryStream(content)), config);
        var parameters = new List<RuleParameter>();
        try
        {
            reader.Read();
            reader.ReadHeader();
            foreach (var column in new[] { "rule_id", "parameter", "value", "unit", "citation" })
            {
                if (!reader.HeaderRecord!.Contains(column))
                    throw new PlanBundleException(BundleFiles.Rules, $"the header lacks '{column}'", $"dòng tiêu đề thiếu cột '{column}'");
            }
            while (reader.Read())
            {
                var row = reader.Parser.Row;
                var text = reader.GetField("value") ?? "";
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    throw new PlanBundleException(
                        BundleFiles.Rules,
                        $"row {row}: 'value' is not a number: '{text}'",
                        $"dòng {row}: cột 'value' không phải số: '{text}'"
                    );
                parameters.Add(
                    new RuleParameter(
                        reader.GetField("rule_id")!,
                        reader.GetField("parameter")!,
                        value,
                        reader.GetField("unit")!,
                        reader.GetField("citation")!
                    )
                );
            }
            var table = new RuleTable(parameters);
            if (RuleTableLimits.Problems(table) is [_, ..] problems)
            {
                throw new PlanBundleException(
                    BundleFiles.Rules,
                    string.Join("; ", problems.Select(x => x.En)),
                    string.Join("; ", problems.Select(x => x.Vi))
                );
            }

            return table;
        }
        catch (CsvHelperException e)
        {
            throw new PlanBundleException(BundleFiles.Rules, $"cannot be read: {e.Message}", "không đọc được bảng quy định (CSV hỏng)", e);
        }
        catch (ArgumentException e)
        {
            throw new PlanBundleException(BundleFiles.Rules, e.Message, "bảng quy định có một tham số ghi hai lần", e);
        }
    }
}
