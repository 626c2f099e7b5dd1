using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Turns a source's features into a bundle layer's: each property filled by the <see cref="FieldMapping"/>, converted to the
/// type data/README.md fixes (with the value map first, then the Vietnamese words departments use for the layer's codes), the
/// geometry checked for type, validity and position in Vietnam. A feature with any problem is rejected whole, with the first
/// problem as its reason; the others are taken. Nothing is written here (<see cref="BundleLayerImport"/> writes).
/// </summary>
public static class LayerImporter
{
    private const char Pipe = '|';
    private static readonly string[] SectorFields = ["azimuth_deg", "frequency_mhz", "eirp_dbm", "technology", "antenna_height_m"];

    /// <summary>Vietnamese words for the layers' codes, compared without marks (<see cref="SubmissionColumns.Key"/>).</summary>
    private static readonly Dictionary<string, string> ChoiceWords = new(StringComparer.Ordinal)
    {
        ["treo"] = "aerial",
        ["cap treo"] = "aerial",
        ["noi"] = "aerial",
        ["ngam"] = "underground",
        ["cap ngam"] = "underground",
        ["truc"] = "backbone",
        ["truc chinh"] = "backbone",
        ["lien huyen"] = "inter_district",
        ["truy nhap"] = "access",
        ["quan su"] = "military",
        ["an ninh"] = "security",
        ["cam"] = "prohibit",
        ["xin y kien"] = "consult",
        ["tham van"] = "consult",
        ["buu cuc"] = "post_office",
        ["diem buu dien van hoa xa"] = "cultural_post_office",
        ["buu dien van hoa xa"] = "cultural_post_office",
        ["dai ly"] = "agent",
        ["dai ly buu dien"] = "agent",
        ["ki ot"] = "kiosk",
        ["kiot"] = "kiosk",
        ["thung thu"] = "letter_box",
        ["truong hoc"] = "school",
        ["benh vien"] = "hospital",
        ["mam non"] = "kindergarten",
        ["truong mam non"] = "kindergarten",
    };

    /// <param name="strict">False for a preview (see <see cref="FieldMapping.Resolve"/>).</param>
    public static ImportOutcome Convert(SourceData source, ImportLayer layer, FieldMapping mapping, bool strict = true)
    {
        var rules = mapping.Resolve(layer, source.Fields, strict);
        var features = new List<LayerFeature>();
        var rejections = new List<ImportRejection>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in source.Features)
        {
            if (TryConvert(feature, layer, rules, out var converted) is { } rejection)
            {
                rejections.Add(rejection);
                continue;
            }
            var key = converted!.SortKey;
            if (seen.TryGetValue(key, out var first))
            {
                var field = rules[layer.Key]?.From;
                rejections.Add(
                    new ImportRejection(
                        feature.Number,
                        field,
                        $"mã \"{key}\" trùng với số {first}, đã nhận trước.",
                        $"\"{key}\" repeats number {first}, already taken."
                    )
                );
                continue;
            }
            seen[key] = feature.Number;
            features.Add(converted);
        }
        return new ImportOutcome(
            layer,
            source,
            features,
            rejections,
            rules.ToDictionary(kv => kv.Key, kv => kv.Value?.From ?? (kv.Value?.Constant is { } c ? $"= {c.GetRawText()}" : null))
        );
    }

    private static ImportRejection? TryConvert(
        SourceFeature feature,
        ImportLayer layer,
        IReadOnlyDictionary<string, FieldMapping.Rule?> rules,
        out LayerFeature? converted
    )
    {
        converted = null;
        ImportRejection Reject(string? field, string vi, string en) => new(feature.Number, field, vi, en);
        if (feature.GeometryProblem is { } p)
            return Reject(p.Field, p.MessageVi, p.MessageEn);
        Geometry? geometry = null;
        // A zone without geometry is the plan's default zone (data/README.md): it covers what no drawn zone covers.
        if (feature.Geometry is null && layer != ImportLayers.Zones)
            return Reject(null, "không có hình học (tọa độ).", "it has no geometry (coordinates).");
        if (feature.Geometry is not null)
        {
            (geometry, var geometryError) = Conform(feature.Geometry, layer.Geometry);
            if (geometryError is { } ge)
                return Reject(null, ge.Vi, ge.En);
        }

        var properties = new List<KeyValuePair<string, object?>>();
        foreach (var field in layer.Fields)
        {
            var rule = rules[field.Name];
            object? raw = rule switch
            {
                null => null,
                { Constant: { } c } => GeoJsonSource.Value(c),
                { From: { } from } => feature.Attributes.GetValueOrDefault(from),
                _ => null,
            };
            if (rule?.From is not null && raw is not null && rule.Values.Count > 0 && MapValue(rule, raw) is { } mapped)
                raw = GeoJsonSource.Value(mapped);
            var (value, error) = ConvertValue(field, raw);
            if (error is { } e)
                return Reject(rule?.From, e.Vi, e.En);
            properties.Add(new(field.Name, value));
        }
        var key = properties.First(kv => kv.Key == layer.Key).Value;
        converted = new LayerFeature(System.Convert.ToString(key, CultureInfo.InvariantCulture)!, geometry, properties);
        return null;
    }

    /// <summary>The value map's entry for a source value: exactly (NFC, trimmed, any case), else compared without marks.</summary>
    private static JsonElement? MapValue(FieldMapping.Rule rule, object raw)
    {
        var text = (System.Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "").Normalize(NormalizationForm.FormC).Trim();
        foreach (var (from, to) in rule.Values)
        {
            if (from.Equals(text, StringComparison.OrdinalIgnoreCase))
                return to;
        }
        var key = SubmissionColumns.Key(text);
        foreach (var (from, to) in rule.Values)
        {
            if (SubmissionColumns.Key(from) == key)
                return to;
        }
        return null;
    }

    private static (object? Value, (string Vi, string En)? Error) ConvertValue(LayerField field, object? raw)
    {
        var text = raw switch
        {
            null => null,
            string s => s.Trim(),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => System.Convert.ToString(raw, CultureInfo.InvariantCulture),
        };
        if (string.IsNullOrEmpty(text))
        {
            if (field.Kind == FieldKind.Sectors)
                return (Array.Empty<IReadOnlyList<KeyValuePair<string, object?>>>(), null);
            // data/README.md: shared_with is empty, not null, for a site nobody shares.
            if (field.Kind == FieldKind.CarrierList)
                return ("", null);
            return field.Required ? (null, ($"thiếu {field.LabelVi}.", $"{field.Name} is missing.")) : (null, null);
        }
        switch (field.Kind)
        {
            case FieldKind.Text:
                return (text, null);
            case FieldKind.Number or FieldKind.Integer:
                if (!TryNumber(raw!, text, out var number))
                    return (null, ($"{field.LabelVi} \"{text}\" không phải là số.", $"{field.Name} \"{text}\" is not a number."));
                if (field.Kind == FieldKind.Integer && number != Math.Floor(number))
                    return (null, ($"{field.LabelVi} \"{text}\" phải là số nguyên.", $"{field.Name} \"{text}\" must be a whole number."));
                if (
                    (field.MinExclusive is { } gt && number <= gt)
                    || (field.MinInclusive is { } ge && number < ge)
                    || (field.MaxInclusive is { } le && number > le)
                )
                    return (
                        null,
                        (
                            $"{field.LabelVi} {Show(number)} nằm ngoài giới hạn {Bounds(field)}.",
                            $"{field.Name} {Show(number)} is outside {Bounds(field)}."
                        )
                    );
                return (field.Kind == FieldKind.Integer ? (long)number : number, null);
            case FieldKind.Boolean:
                return SubmissionColumns.Key(text) switch
                {
                    "true" or "1" or "co" or "x" or "yes" or "y" or "t" or "dung" => (true, null),
                    "false" or "0" or "khong" or "no" or "n" or "f" or "sai" => (false, null),
                    _ => (null, ($"{field.LabelVi} \"{text}\" phải là có hoặc không.", $"{field.Name} \"{text}\" must be yes or no.")),
                };
            case FieldKind.Date:
                if (raw is DateTime dt)
                    return (DateOnly.FromDateTime(dt), null);
                string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];
                return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (date, null)
                    : (
                        null,
                        (
                            $"{field.LabelVi} \"{text}\" không phải là ngày (năm-tháng-ngày hoặc ngày/tháng/năm).",
                            $"{field.Name} \"{text}\" is not a date."
                        )
                    );
            case FieldKind.Choice:
                var choices = field.Choices!;
                var chosen = choices.FirstOrDefault(c => c.Equals(text, StringComparison.OrdinalIgnoreCase))
                    ?? choices.FirstOrDefault(c => SubmissionColumns.Key(c) == SubmissionColumns.Key(text))
                    ?? (ChoiceWords.TryGetValue(SubmissionColumns.Key(text), out var word) && choices.Contains(word) ? word : null);
                return chosen is not null
                    ? (chosen, null)
                    : (
                        null,
                        (
                            $"{field.LabelVi} \"{text}\" không thuộc các giá trị {string.Join(", ", choices)} (thêm vào bảng giá trị trong tệp ánh xạ).",
                            $"{field.Name} \"{text}\" is not one of {string.Join(", ", choices)} (add it to the mapping's value map)."
                        )
                    );
            case FieldKind.PoleClass:
                return PoleClasses.TryParse(text, out var pole)
                    ? (pole.ToString(), null)
                    : (
                        null,
                        (
                            $"loại cột \"{text}\" không phải A1a, A1b, A2a, A2b hay A2c (thêm vào bảng giá trị trong tệp ánh xạ).",
                            $"pole class \"{text}\" is not A1a, A1b, A2a, A2b or A2c (add it to the mapping's value map)."
                        )
                    );
            case FieldKind.PoleClasses:
                try
                {
                    return (PoleClassSet.Parse(text.Replace(';', ',').Replace(Pipe, ',')).ToString(), null);
                }
                catch (FormatException)
                {
                    return (
                        null,
                        (
                            $"{field.LabelVi} \"{text}\" không đọc được (ví dụ A1a|A1b, A2, *).",
                            $"{field.Name} \"{text}\" cannot be read (e.g. A1a|A1b, A2, *)."
                        )
                    );
                }
            case FieldKind.CarrierList:
                var carriers = text.Split([Pipe, ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return (string.Join(Pipe, carriers), null);
            case FieldKind.Sectors:
                return Sectors(text);
            default:
                throw new InvalidOperationException($"Unhandled field kind {field.Kind}.");
        }
    }

    private static bool TryNumber(object raw, string text, out double number)
    {
        switch (raw)
        {
            case double d:
                number = d;
                return true;
            case long or int or decimal or float:
                number = System.Convert.ToDouble(raw, CultureInfo.InvariantCulture);
                return true;
        }
        // "10,5" as Vietnamese write a decimal; "1.234,5" with a thousands point.
        var t = text.Replace(" ", "", StringComparison.Ordinal);
        if (t.Contains(',') && !t.Contains('.'))
            t = t.Replace(',', '.');
        else if (t.Contains(',') && t.LastIndexOf(',') > t.LastIndexOf('.'))
            t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    private static (object?, (string, string)?) Sectors(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new JsonException();
            var list = new List<IReadOnlyList<KeyValuePair<string, object?>>>();
            foreach (var s in doc.RootElement.EnumerateArray())
            {
                list.Add([
                    .. SectorFields.Select(n => new KeyValuePair<string, object?>(
                        n,
                        s.TryGetProperty(n, out var v) ? GeoJsonSource.Value(v) : null
                    )),
                ]);
            }
            return (list, null);
        }
        catch (JsonException)
        {
            return (
                null,
                (
                    "các sector phải là một mảng JSON [{azimuth_deg, frequency_mhz, eirp_dbm, technology, antenna_height_m}].",
                    "sectors must be a JSON array of {azimuth_deg, frequency_mhz, eirp_dbm, technology, antenna_height_m}."
                )
            );
        }
    }

    /// <summary>The geometry in the layer's type (a one-part Multi* taken as its part), valid, inside Vietnam; or why not.</summary>
    private static (Geometry?, (string Vi, string En)?) Conform(Geometry g, LayerGeometry expected)
    {
        if (g is GeometryCollection { NumGeometries: 1 } single && g is MultiPoint or MultiLineString or MultiPolygon)
            g = single.GetGeometryN(0);
        var fits = expected switch
        {
            LayerGeometry.Point => g is Point,
            LayerGeometry.LineString => g is LineString,
            LayerGeometry.Areal => g is Polygon or MultiPolygon,
            _ => g is Point or Polygon or MultiPolygon,
        };
        if (!fits)
        {
            var want = expected switch
            {
                LayerGeometry.Point => ("điểm", "a point"),
                LayerGeometry.LineString => ("một đường liền", "one line"),
                LayerGeometry.Areal => ("vùng", "an area"),
                _ => ("điểm hoặc vùng", "a point or an area"),
            };
            var parts = g is MultiLineString ml ? $" gồm {ml.NumGeometries} đoạn rời" : "";
            return (
                null,
                (
                    $"hình học là {KindVi(g)}{parts}, lớp này cần {want.Item1}.",
                    $"the geometry is a {g.GeometryType}, the layer needs {want.Item2}."
                )
            );
        }
        var op = new IsValidOp(g);
        if (!op.IsValid)
        {
            var c = op.ValidationError.Coordinate;
            var at = c is null ? "" : string.Create(CultureInfo.InvariantCulture, $" tại {c.X:0.######}, {c.Y:0.######}");
            return (
                null,
                (
                    $"hình học không hợp lệ ({InvalidVi(op.ValidationError.ErrorType)}){at}; sửa trong QGIS (Fix geometries) rồi nhập lại.",
                    $"the geometry is not valid ({op.ValidationError.Message}){at}."
                )
            );
        }
        var e = g.EnvelopeInternal;
        if (!VietnamExtent.Contains(e.MinX, e.MinY) || !VietnamExtent.Contains(e.MaxX, e.MaxY))
        {
            var p = g.InteriorPoint;
            var where = string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#####}, {p.Y:0.#####}");
            return (
                null,
                (
                    $"nằm ngoài lãnh thổ Việt Nam ({where}); kiểm tra hệ tọa độ của tệp (--srs).",
                    $"it lies outside Vietnam ({where}); check the file's coordinate system (--srs)."
                )
            );
        }
        return (g, null);
    }

    private static string KindVi(Geometry g) =>
        g switch
        {
            Point => "điểm",
            LineString => "đường",
            Polygon => "vùng",
            MultiPoint => "nhiều điểm",
            MultiLineString => "nhiều đường",
            MultiPolygon => "nhiều vùng",
            _ => "tập hợp hình học nhiều loại",
        };

    /// <summary>NTS's validity errors (OGC Simple Features' rules) as a GIS user says them in Vietnamese.</summary>
    private static string InvalidVi(TopologyValidationErrors error) =>
        error switch
        {
            TopologyValidationErrors.SelfIntersection => "ranh giới tự cắt",
            TopologyValidationErrors.RingSelfIntersection => "vòng ranh giới tự cắt",
            TopologyValidationErrors.HoleOutsideShell => "lỗ thủng nằm ngoài vùng",
            TopologyValidationErrors.NestedHoles => "lỗ thủng lồng nhau",
            TopologyValidationErrors.DisconnectedInteriors => "phần trong bị chia cắt",
            TopologyValidationErrors.NestedShells => "các vùng lồng vào nhau",
            TopologyValidationErrors.DuplicateRings => "vòng ranh giới trùng lặp",
            TopologyValidationErrors.TooFewPoints => "quá ít điểm",
            TopologyValidationErrors.InvalidCoordinate => "tọa độ không hợp lệ",
            TopologyValidationErrors.RingNotClosed => "vòng ranh giới không khép kín",
            _ => "lỗi hình học",
        };

    private static string Show(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Bounds(LayerField f) =>
        string.Join(
            ", ",
            new[]
            {
                f.MinExclusive is { } gt ? $"> {Show(gt)}" : null,
                f.MinInclusive is { } ge ? $"≥ {Show(ge)}" : null,
                f.MaxInclusive is { } le ? $"≤ {Show(le)}" : null,
            }.OfType<string>()
        );
}
