using TelecomGis.Core.Appraisal.Submissions;
using Column = TelecomGis.Core.Appraisal.Submissions.SubmissionColumns.Column;

namespace TelecomGis.Core.Register.Declarations;

/// <summary>
/// The columns of a carrier's declaration (báo cáo hạ tầng, issue 11, 4): one row per structure the carrier owns, as the template
/// heads them in Vietnamese, with the headers carriers' own sheets use. Headers compare as <see cref="SubmissionColumns.Key"/> does
/// (no diacritics, any case, a unit in parentheses dropped). Where a column is the batch's (coordinates, class, camouflage) it reads
/// the same headers. Immutable and thread-safe.
/// </summary>
public static class DeclarationColumns
{
    public static readonly Column StructureId = new(
        "structure_id",
        "Mã vị trí",
        "register id",
        ["Mã vị trí trong CSDL", "Mã CSDL", "structure id", "register id"]
    );
    public static readonly Column Height = new(
        "height_m",
        "Chiều cao (m)",
        "height (m)",
        ["height", "Chiều cao cột", "Độ cao cột", "Chiều cao cột ăng-ten"]
    );
    public static readonly Column Technologies = new(
        "technologies",
        "Công nghệ",
        "technologies",
        ["technology", "Công nghệ (2G/3G/4G/5G)", "Loại công nghệ"]
    );
    public static readonly Column Sectors = new(
        "sectors",
        "Số sector",
        "sectors",
        ["Số sectors", "Số cell", "Số hướng phát", "sector count"]
    );
    public static readonly Column Bands = new(
        "bands_mhz",
        "Băng tần (MHz)",
        "bands (MHz)",
        ["Băng tần", "bands", "Tần số", "Băng tần sử dụng"]
    );
    public static readonly Column BackupPower = new(
        "backup_power_h",
        "Nguồn dự phòng (giờ)",
        "backup power (hours)",
        ["Nguồn dự phòng", "Thời gian nguồn dự phòng", "Thời gian dự phòng", "backup power", "backup hours"]
    );
    public static readonly Column OnAir = new(
        "on_air",
        "Ngày phát sóng",
        "on-air date",
        ["Ngày đưa vào khai thác", "Ngày đưa vào hoạt động", "on air", "on air date"]
    );

    /// <summary>Every column, in the template's order.</summary>
    public static readonly IReadOnlyList<Column> All =
    [
        StructureId,
        SubmissionColumns.SiteCode,
        SubmissionColumns.Carrier,
        SubmissionColumns.Address,
        SubmissionColumns.Longitude,
        SubmissionColumns.Latitude,
        SubmissionColumns.X,
        SubmissionColumns.Y,
        SubmissionColumns.Zone,
        SubmissionColumns.PoleClass,
        Height,
        SubmissionColumns.BuildingHeight,
        SubmissionColumns.Camouflaged,
        BackupPower,
        Technologies,
        Sectors,
        Bands,
        OnAir,
    ];

    /// <summary>What a header must name (a coordinate pair besides: lon/lat or x/y/epsg).</summary>
    public static readonly IReadOnlyList<string> Required = ["site_code", "pole_class", "height_m", "technologies"];

    private static readonly Dictionary<string, Column> ByKey = BuildKeys();

    private static readonly Dictionary<string, Column> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static Dictionary<string, Column> BuildKeys()
    {
        var keys = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var column in All)
        {
            foreach (var header in column.Aliases.Prepend(column.HeaderVi).Prepend(column.Name))
            {
                if (!keys.TryAdd(SubmissionColumns.Key(header), column) && keys[SubmissionColumns.Key(header)] != column)
                    throw new InvalidOperationException($"The header '{header}' names two declaration columns.");
            }
        }
        return keys;
    }

    /// <summary>The canonical name of the column a header names; null for a header no column has (it is ignored).</summary>
    public static string? Canonical(string? header) =>
        header is not null && ByKey.TryGetValue(SubmissionColumns.Key(header), out var column) ? column.Name : null;

    public static string HeaderVi(string name) => ByName.GetValueOrDefault(name)?.HeaderVi ?? name;

    public static string HeaderEn(string name) => ByName.GetValueOrDefault(name)?.HeaderEn ?? name;

    /// <summary>What a header lacks, by canonical name (<c>lon,lat</c>: no coordinate pair at all); empty when complete.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> columns)
    {
        var set = columns.ToHashSet(StringComparer.Ordinal);
        var hasPair = (set.Contains("lon") && set.Contains("lat")) || (set.Contains("x") && set.Contains("y") && set.Contains("epsg"));
        return
        [
            .. Required.Take(1).Where(c => !set.Contains(c)),
            .. hasPair ? [] : new[] { "lon,lat" },
            .. Required.Skip(1).Where(c => !set.Contains(c)),
        ];
    }
}
