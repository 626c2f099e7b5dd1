using System.Globalization;
using System.Text.RegularExpressions;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Recognises the coordinate system of a Shapefile's .prj (WKT1, as ArcGIS, MapInfo, QGIS and GDAL write it) as an EPSG code
/// an import can convert from. VN-2000 is known by its datum or system name in any of the spellings those tools use
/// ("D_Vietnam_2000", "Vietnam_2000", "VN_2000", "VN-2000", "Vietnam 2000") or by EPSG:4756's TOWGS84 translation, whether
/// or not the file carries TOWGS84; the projected system is then chosen by its central meridian and scale factor (TM-3
/// 0.9999, UTM 0.9996), so any central meridian of the national table gives its EPSG system.
/// </summary>
/// <remarks>
/// A .prj without TOWGS84 is the common case (ArcGIS's own "VN_2000" definitions have none): GDAL and QGIS then convert it
/// with a null shift, some 100–400 m off. An import applies the national 7-parameter transformation of Decision
/// 05/2007/QĐ-BTNMT to every VN-2000 system, whatever the .prj says about the shift; the summary says which system was used.
/// </remarks>
public static partial class PrjFile
{
    /// <summary>The EPSG code of the system a .prj describes, or a whole-file error saying why it cannot be used.</summary>
    public static int Recognise(string wkt)
    {
        var text = wkt.Trim();
        var projected = text.StartsWith("PROJCS", StringComparison.OrdinalIgnoreCase);
        if (!projected && !text.StartsWith("GEOGCS", StringComparison.OrdinalIgnoreCase))
            throw Unreadable(text);
        var vn2000 = IsVn2000(text);
        if (!projected)
        {
            if (vn2000)
                return Vn2000Geographic.Epsg;
            if (IsWgs84(text))
                return CrsCatalog.Wgs84;
            throw Unsupported(Name(text));
        }

        // The top-level AUTHORITY of a PROJCS is the last one in the text; trust it when it names a system we know.
        if (TopAuthority().Match(text) is { Success: true } authority)
        {
            var code = int.Parse(authority.Groups["code"].Value, CultureInfo.InvariantCulture);
            if (CrsCatalog.TryGet(code, out _))
                return code;
        }
        if (!vn2000)
            throw Unsupported(Name(text));
        if (!text.Contains("Transverse_Mercator", StringComparison.OrdinalIgnoreCase))
            throw Unsupported(Name(text));
        var cm = Parameter(text, "central_meridian") ?? Parameter(text, "longitude_of_center");
        var k = Parameter(text, "scale_factor") ?? 1;
        var falseEasting = Parameter(text, "false_easting") ?? 0;
        if (
            cm is null
            || Math.Abs(falseEasting - Vn2000Datum.FalseEastingM) > 0.001
            || Math.Abs(Parameter(text, "false_northing") ?? 0) > 0.001
        )
            throw Unsupported(Name(text));
        var match = CrsCatalog.All.FirstOrDefault(c =>
            Math.Abs(c.CentralMeridianDeg - cm.Value) < 1e-6 && Math.Abs(c.ScaleFactor - k) < 1e-7
        );
        if (match is not null)
            return match.Epsg;
        throw new ImportFileException(
            $"tệp .prj mô tả hệ VN-2000 có kinh tuyến trục {cm.Value.ToString("0.#####", CultureInfo.InvariantCulture)}° và hệ số tỷ lệ {k.ToString("0.######", CultureInfo.InvariantCulture)}, không có trong danh mục hệ tọa độ VN-2000 (TM-3 hệ số 0,9999; UTM 0,9996).",
            $"the .prj describes VN-2000 with central meridian {cm.Value.ToString(CultureInfo.InvariantCulture)}° and scale factor {k.ToString(CultureInfo.InvariantCulture)}, not in the catalogue of VN-2000 systems (TM-3 0.9999, UTM 0.9996)."
        );
    }

    private static bool IsVn2000(string text)
    {
        foreach (Match m in Names().Matches(text))
        {
            var key = Compact(m.Groups["name"].Value);
            if (key.Contains("vn2000", StringComparison.Ordinal) || key.Contains("vietnam2000", StringComparison.Ordinal))
                return true;
        }
        // A datum named otherwise (MapInfo's "Vietnam") that carries EPSG:4756's translation.
        return ToWgs84().Match(text) is { Success: true } t
            && double.TryParse(t.Groups["dx"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var dx)
            && Math.Abs(dx - Vn2000Datum.ToWgs84PositionVector[0]) < 1;
    }

    private static bool IsWgs84(string text)
    {
        var datum = DatumName().Match(text);
        var key = datum.Success ? Compact(datum.Groups["name"].Value) : "";
        return key is "wgs1984" or "dwgs1984" or "wgs84" or "worldgeodeticsystem1984";
    }

    private static string Compact(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static double? Parameter(string text, string name)
    {
        var m = Regex.Match(text, $@"PARAMETER\[\s*""{name}""\s*,\s*(?<v>[-+0-9.eE]+)", RegexOptions.IgnoreCase);
        return m.Success ? double.Parse(m.Groups["v"].Value, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
    }

    private static string Name(string text) =>
        Names().Match(text) is { Success: true } m ? m.Groups["name"].Value : text[..Math.Min(40, text.Length)];

    private static ImportFileException Unreadable(string text) =>
        new(
            $"không đọc được tệp .prj (không phải WKT: \"{text[..Math.Min(40, text.Length)]}\"); dùng --srs EPSG:N để chỉ rõ hệ tọa độ.",
            $"the .prj cannot be read (not WKT: \"{text[..Math.Min(40, text.Length)]}\"); give the system with --srs EPSG:N."
        );

    private static ImportFileException Unsupported(string name) =>
        new(
            $"hệ tọa độ \"{name}\" của tệp .prj không phải WGS 84 hay VN-2000 (TM-3, UTM); chuyển tệp sang một trong các hệ đó, hoặc dùng --srs EPSG:N nếu tệp .prj sai.",
            $"the .prj's system \"{name}\" is neither WGS 84 nor VN-2000 (TM-3, UTM); convert the file to one of them, or give --srs EPSG:N if the .prj is wrong."
        );

    [GeneratedRegex(@"(?:PROJCS|GEOGCS|DATUM)\[\s*""(?<name>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Names();

    [GeneratedRegex(@"DATUM\[\s*""(?<name>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex DatumName();

    [GeneratedRegex(@"TOWGS84\[\s*(?<dx>[-+0-9.eE]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ToWgs84();

    [GeneratedRegex(@"AUTHORITY\[\s*""EPSG""\s*,\s*""?(?<code>[0-9]+)""?\s*\]\s*\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TopAuthority();
}
