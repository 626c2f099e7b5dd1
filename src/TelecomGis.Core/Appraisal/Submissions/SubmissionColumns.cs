using System.Globalization;
using System.Text;

namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>
/// The columns of a batch of proposed sites and every header that names one: the English names of data/README.md
/// (<c>site_code</c>) beside the Vietnamese ones departments and carriers write (<c>Mã trạm</c>, <c>Ma tram</c>, <c>MÃ TRẠM</c>).
/// Headers are compared by <see cref="Key"/>: without diacritics (so NFC and NFD, and the old and new tone placement — Tọa/Toạ,
/// Thủy/Thuỷ — read alike), in any case, without a unit in parentheses, with any run of spaces, underscores or punctuation as one
/// space. The one table of headers: readers ask <see cref="Canonical"/>, messages name a column by its <see cref="Column.HeaderVi"/>.
/// Immutable and thread-safe.
/// </summary>
public static class SubmissionColumns
{
    /// <summary>One column: the name the parser reads it by, its header in the template and in messages, and the headers that name it.</summary>
    /// <param name="Name">The canonical name (data/README.md), e.g. <c>height_m</c>.</param>
    /// <param name="HeaderVi">The template's header and the name messages give it, e.g. <c>Chiều cao cột (m)</c>.</param>
    /// <param name="HeaderEn">Its English name for English messages, e.g. <c>pole height (m)</c>.</param>
    /// <param name="Aliases">Other headers that name it (any spelling: each is compared by its <see cref="Key"/>).</param>
    public sealed record Column(string Name, string HeaderVi, string HeaderEn, IReadOnlyList<string> Aliases);

    public static readonly Column Carrier = new(
        "carrier",
        "Nhà mạng",
        "carrier",
        ["Doanh nghiệp", "Nhà mạng / Doanh nghiệp", "Doanh nghiệp viễn thông", "Tên doanh nghiệp", "Đơn vị"]
    );
    public static readonly Column SiteCode = new("site_code", "Mã trạm", "site code", ["Mã số trạm", "Mã trạm BTS", "Site ID"]);
    public static readonly Column SiteName = new("site_name", "Tên trạm", "site name", ["Tên trạm BTS"]);
    public static readonly Column Address = new("address", "Địa chỉ", "address", ["Địa chỉ lắp đặt", "Địa điểm", "Vị trí lắp đặt"]);
    public static readonly Column Longitude = new("lon", "Kinh độ", "longitude", ["longitude", "lng", "Kinh độ WGS-84"]);
    public static readonly Column Latitude = new("lat", "Vĩ độ", "latitude", ["latitude", "Vĩ độ WGS-84"]);
    public static readonly Column X = new("x", "Tọa độ X (VN-2000)", "X (VN-2000 northing)", ["Tọa độ X", "X VN-2000"]);
    public static readonly Column Y = new("y", "Tọa độ Y (VN-2000)", "Y (VN-2000 easting)", ["Tọa độ Y", "Y VN-2000"]);
    public static readonly Column Zone = new(
        "epsg",
        "Kinh tuyến trục",
        "central meridian or EPSG",
        ["Múi chiếu", "KTT", "Kinh tuyến trục / Múi chiếu", "Hệ tọa độ", "Mã EPSG", "zone"]
    );
    public static readonly Column PoleClass = new("pole_class", "Loại cột", "pole class", ["Loại cột ăng-ten", "Phân loại cột"]);
    public static readonly Column Height = new(
        "height_m",
        "Chiều cao cột (m)",
        "pole height (m)",
        // "Chiều cao (m)" as the map's own results download heads it, so a carrier's file made from it reads back.
        ["height", "Độ cao cột", "Chiều cao cột ăng-ten", "Chiều cao", "Chiều cao trụ"]
    );
    public static readonly Column BuildingHeight = new(
        "building_height_m",
        "Chiều cao công trình/nhà (m)",
        "building height (m)",
        ["building height", "Chiều cao công trình", "Chiều cao nhà", "Chiều cao tòa nhà", "Chiều cao công trình nhà"]
    );
    public static readonly Column Camouflaged = new("camouflaged", "Ngụy trang", "camouflaged", ["Có ngụy trang", "camouflage"]);
    public static readonly Column SharesSite = new(
        "shares_site_id",
        "Dùng chung trạm",
        "shared site's code",
        ["Dùng chung", "Mã trạm dùng chung", "Dùng chung cơ sở hạ tầng", "shares site", "shared site"]
    );
    public static readonly Column Commune = new("commune_code", "Xã/phường", "commune code", ["Mã xã/phường", "Mã xã", "Xã", "Phường"]);
    public static readonly Column GroundElevation = new(
        "ground_elevation_m",
        "Cao độ nền (m)",
        "ground elevation (m)",
        ["ground elevation", "Độ cao nền", "Cao độ mặt đất", "Cao độ"]
    );
    public static readonly Column Eirp = new("eirp_dbm", "Công suất bức xạ EIRP (dBm)", "EIRP (dBm)", ["EIRP", "Công suất bức xạ"]);

    /// <summary>
    /// The EIRP column headed in watts ("EIRP (W)", "Công suất bức xạ (W)"): its bare numbers are watts. Headers compare without
    /// their unit, so <see cref="Canonical"/> tells this one from <see cref="Eirp"/> by the unit it names; a 20 in it is 20 W, not 20 dBm.
    /// </summary>
    public static readonly Column EirpWatts = new("eirp_w", "Công suất bức xạ EIRP (W)", "EIRP (W)", []);
    public static readonly Column Azimuth = new(
        "azimuth_deg",
        "Góc phương vị (độ)",
        "azimuth (degrees)",
        ["azimuth", "Phương vị", "Góc phương vị"]
    );

    /// <summary>Every column, in the template's order.</summary>
    public static readonly IReadOnlyList<Column> All =
    [
        Carrier,
        SiteCode,
        SiteName,
        Address,
        Longitude,
        Latitude,
        X,
        Y,
        Zone,
        PoleClass,
        Height,
        BuildingHeight,
        Camouflaged,
        SharesSite,
        Commune,
        GroundElevation,
        Eirp,
        Azimuth,
    ];

    private static readonly Dictionary<string, Column> ByKey = BuildKeys();

    private static readonly Dictionary<string, Column> ByName = All.Append(EirpWatts).ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static Dictionary<string, Column> BuildKeys()
    {
        var keys = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var column in All)
        {
            foreach (var header in column.Aliases.Prepend(column.HeaderVi).Prepend(column.Name))
            {
                // Two columns answering to one header would make a file's meaning depend on the table's order.
                if (!keys.TryAdd(Key(header), column) && keys[Key(header)] != column)
                    throw new InvalidOperationException($"The header '{header}' names two columns.");
            }
        }
        return keys;
    }

    /// <summary>The canonical name of the column a header names (<c>"Chiều cao cột (m)"</c> → <c>height_m</c>); null for a header no column has.</summary>
    public static string? Canonical(string? header)
    {
        if (header is null || !ByKey.TryGetValue(Key(header), out var column))
            return null;
        return column == Eirp && UnitOf(header) is { } unit && unit.Equals("W", StringComparison.OrdinalIgnoreCase)
            ? EirpWatts.Name
            : column.Name;
    }

    /// <summary>The unit a header names in its last parentheses or brackets ("EIRP (W)" → "W"); null for none.</summary>
    private static string? UnitOf(string header)
    {
        var close = header.LastIndexOfAny([')', ']']);
        var open = close < 0 ? -1 : header.LastIndexOfAny(['(', '['], close);
        return open < 0 ? null : header[(open + 1)..close].Trim();
    }

    /// <summary>The column of a canonical name (<c>height_m</c>); null for a name that is none.</summary>
    public static Column? Named(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The Vietnamese header of a canonical name, for messages; the name itself when no column has it.</summary>
    public static string HeaderVi(string name) => Named(name)?.HeaderVi ?? name;

    /// <summary>The English name of a canonical name, for messages; the name itself when no column has it.</summary>
    public static string HeaderEn(string name) => Named(name)?.HeaderEn ?? name;

    /// <summary>
    /// How headers compare: a unit in parentheses dropped ("(m)", "(VN-2000)"), diacritics removed after canonical decomposition
    /// (so precomposed and decomposed text, and a tone mark over either vowel, give one key), đ read as d, lower case, and every
    /// run of other characters (spaces, "_", "/", "-") one space. <c>"Tọa độ X (VN-2000)"</c>, <c>"Toạ  độ x"</c> and <c>"TOA_DO_X"</c>
    /// all give <c>"toa do x"</c>.
    /// </summary>
    public static string Key(string header)
    {
        var text = header.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(text.Length);
        var depth = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                depth++;
                pendingSpace = key.Length > 0;
                continue;
            }
            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (depth > 0 || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var letter = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (!char.IsLetterOrDigit(letter))
            {
                pendingSpace = key.Length > 0;
                continue;
            }
            if (pendingSpace)
                key.Append(' ');
            pendingSpace = false;
            key.Append(letter);
        }
        return key.ToString();
    }
}
