using System.Globalization;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>
/// Validates one submitted row (CSV, Excel or GeoJSON properties alike) into a <see cref="ProposedSite"/>, or a rejection naming
/// the row and the field. This is the one place input is checked: the engine trusts what comes out.
/// </summary>
public static class SubmissionRowParser
{
    /// <summary>Taller than any mast in Vietnam (the tallest are about 150 m): a figure above it is a typing error.</summary>
    public const double MaxStructureHeightM = 300;

    /// <summary>Fansipan is 3,143 m; the lowest land a few metres below sea level.</summary>
    public const double MinGroundElevationM = -50,
        MaxGroundElevationM = 3200;

    public static readonly IReadOnlyList<string> RequiredColumns = ["carrier", "site_code", "pole_class", "height_m"];

    public static readonly IReadOnlyList<string> KnownCarriers = ["Viettel", "VNPT", "MobiFone", "Vietnamobile", "Gtel"];

    /// <summary>Rejects a header that lacks a required column or any coordinate pair, naming what is missing.</summary>
    public static void CheckHeader(IEnumerable<string> columns)
    {
        var set = columns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = RequiredColumns.Where(c => !set.Contains(c)).ToList();
        var hasLonLat = set.Contains("lon") && set.Contains("lat");
        var hasXy = set.Contains("x") && set.Contains("y") && set.Contains("epsg");
        if (!hasLonLat && !hasXy)
            missing.Add("lon,lat (or x,y,epsg)");
        if (missing.Count > 0)
        {
            throw new FormatException(
                $"The header lacks {string.Join(", ", missing)}; expected carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id."
            );
        }
    }

    /// <summary>Reads row <paramref name="row"/> through <paramref name="field"/>, which returns a column's trimmed text or null when empty.</summary>
    public static SubmissionRow Parse(int row, Func<string, string?> field)
    {
        var carrier = NormaliseCarrier(field("carrier"));
        var siteCode = field("site_code") ?? "";
        SubmissionRow Reject(string name, string vi, string en) => SubmissionRow.Rejected(row, carrier ?? "", siteCode, name, vi, en);

        if (carrier is null)
            return Reject("carrier", "Thiếu tên doanh nghiệp.", "The carrier is missing.");
        if (siteCode.Length == 0)
            return Reject("site_code", "Thiếu mã trạm.", "The site code is missing.");

        var location = ReadLocation(field);
        if (!location.IsSuccess)
        {
            var e = location.Error;
            return Reject(FieldName(e.Field), e.MessageVi, e.MessageEn);
        }

        var poleText = field("pole_class");
        if (!PoleClasses.TryParse(poleText, out var poleClass))
        {
            return Reject(
                "pole_class",
                $"Loại cột \"{poleText}\" không hợp lệ (A1a, A1b, A2a, A2b hoặc A2c).",
                $"Unknown pole class \"{poleText}\" (expected A1a, A1b, A2a, A2b or A2c)."
            );
        }

        if (ReadNumber(field, "height_m", 0, MaxStructureHeightM, required: true, out var height) is { } heightError)
            return Reject("height_m", heightError.Vi, heightError.En);
        if (height <= 0)
            return Reject("height_m", "Chiều cao cột phải lớn hơn 0.", "The height must be greater than 0.");
        if (ReadNumber(field, "building_height_m", 0, MaxStructureHeightM, required: false, out var building) is { } bError)
            return Reject("building_height_m", bError.Vi, bError.En);
        if (
            ReadNumber(field, "ground_elevation_m", MinGroundElevationM, MaxGroundElevationM, required: false, out var ground) is { } gError
        )
            return Reject("ground_elevation_m", gError.Vi, gError.En);
        if (ReadNumber(field, "eirp_dbm", 0, 90, required: false, out var eirp) is { } eError)
            return Reject("eirp_dbm", eError.Vi, eError.En);
        if (ReadNumber(field, "azimuth_deg", 0, 360, required: false, out var azimuth) is { } aError)
            return Reject("azimuth_deg", aError.Vi, aError.En);

        var camouflageText = field("camouflaged");
        if (!TryReadYesNo(camouflageText, out var camouflaged))
        {
            return Reject(
                "camouflaged",
                $"Giá trị \"{camouflageText}\" không hợp lệ (có/không).",
                $"\"{camouflageText}\" is not yes or no."
            );
        }

        IReadOnlyList<Sector>? sectors = double.IsNaN(eirp)
            ? null
            : [new Sector(double.IsNaN(azimuth) ? 0 : azimuth, 0, eirp, Technology.G4)];
        return SubmissionRow.Accepted(
            new ProposedSite(
                row,
                carrier,
                siteCode,
                location.LonDeg,
                location.LatDeg,
                poleClass,
                height,
                camouflaged,
                field("shares_site_id"),
                NaNToNull(building),
                NaNToNull(ground),
                field("commune_code"),
                sectors
            )
        );
    }

    private static CoordinateParseResult ReadLocation(Func<string, string?> field)
    {
        var lon = field("lon");
        var lat = field("lat");
        if (lon is not null || lat is not null)
            return CoordinateParser.ParseLonLat(lon ?? "", lat ?? "");
        return CoordinateParser.ParseVn2000(field("x") ?? "", field("y") ?? "", field("epsg") ?? "");
    }

    private static string FieldName(CoordinateField field) =>
        field switch
        {
            CoordinateField.Longitude => "lon",
            CoordinateField.Latitude => "lat",
            CoordinateField.X => "x",
            CoordinateField.Y => "y",
            CoordinateField.Zone => "epsg",
            _ => "lon,lat",
        };

    private static string? NormaliseCarrier(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim();
        // "Vinaphone" is VNPT's mobile brand; dossiers use either name.
        if (t.Equals("VinaPhone", StringComparison.OrdinalIgnoreCase))
            return "VNPT";
        return KnownCarriers.FirstOrDefault(k => k.Equals(t, StringComparison.OrdinalIgnoreCase)) ?? t;
    }

    private static (string Vi, string En)? ReadNumber(
        Func<string, string?> field,
        string name,
        double min,
        double max,
        bool required,
        out double value
    )
    {
        value = double.NaN;
        var text = field(name);
        if (text is null)
        {
            return required ? ($"Thiếu giá trị {name}.", $"{name} is missing.") : null;
        }
        if (
            !double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value)
        )
        {
            value = double.NaN;
            return ($"{name} \"{text}\" không phải là số.", $"{name} \"{text}\" is not a number.");
        }
        if (value < min || value > max)
        {
            return (
                $"{name} = {text} nằm ngoài khoảng hợp lý {min.ToString(CultureInfo.InvariantCulture)}…{max.ToString(CultureInfo.InvariantCulture)}.",
                $"{name} = {text} is outside the sensible range {min.ToString(CultureInfo.InvariantCulture)}…{max.ToString(CultureInfo.InvariantCulture)}."
            );
        }
        return null;
    }

    private static bool TryReadYesNo(string? text, out bool value)
    {
        value = false;
        if (text is null)
            return true;
        switch (text.Trim().ToLowerInvariant())
        {
            case "yes" or "y" or "true" or "1" or "có" or "co" or "x":
                value = true;
                return true;
            case "no" or "n" or "false" or "0" or "không" or "khong" or "":
                return true;
            default:
                return false;
        }
    }

    private static double? NaNToNull(double v) => double.IsNaN(v) ? null : v;
}
