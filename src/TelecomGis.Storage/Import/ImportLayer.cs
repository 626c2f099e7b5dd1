using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Import;

/// <summary>A bundle layer an import can fill: its name on the command line, its file, its geometry and its properties.</summary>
/// <param name="Name">The name <c>--layer</c> takes: the file name without <c>.geojson</c> (<c>sites</c>, <c>fiber-routes</c>).</param>
/// <param name="NameVi">The layer in Vietnamese, for messages.</param>
public sealed record ImportLayer(string Name, string File, string NameVi, LayerGeometry Geometry, IReadOnlyList<LayerField> Fields)
{
    /// <summary>The property features are sorted by and must not repeat (<c>id</c>; <c>icao</c>, <c>code</c> where there is no id).</summary>
    public string Key => Fields.Any(f => f.Name == "id") ? "id" : Fields[0].Name;
}

/// <summary>Every plan and infrastructure layer of a bundle (data/README.md), in the README's order.</summary>
public static class ImportLayers
{
    private static LayerField Text(string name, string vi, params string[] aliases) => new(name, FieldKind.Text, true, vi, aliases);

    private static LayerField OptionalText(string name, string vi, params string[] aliases) =>
        new(name, FieldKind.Text, false, vi, aliases);

    private static LayerField Number(string name, string vi, params string[] aliases) => new(name, FieldKind.Number, true, vi, aliases);

    private static LayerField Boolean(string name, string vi, params string[] aliases) => new(name, FieldKind.Boolean, true, vi, aliases);

    private static LayerField Choice(string name, string vi, string[] choices, params string[] aliases) =>
        new(name, FieldKind.Choice, true, vi, aliases, choices);

    private static readonly LayerField Id = Text("id", "mã", "Mã", "Mã số", "Mã đối tượng", "Mã hiệu", "ma_so");
    private static readonly LayerField Name = Text("name", "tên", "Tên", "Tên gọi", "Tên đối tượng", "ten");
    private static readonly LayerField AllowedClasses = new(
        "allowed_classes",
        FieldKind.PoleClasses,
        true,
        "loại cột được phép",
        ["Loại cột được phép", "Loại cột cho phép", "Loại cột"]
    );

    public static readonly ImportLayer Province = new(
        "province",
        BundleFiles.Province,
        "ranh giới tỉnh",
        LayerGeometry.Areal,
        [Text("code", "mã tỉnh", "Mã tỉnh", "Mã"), Text("name", "tên tỉnh", "Tên tỉnh", "Tên")]
    );

    public static readonly ImportLayer Communes = new(
        "communes",
        BundleFiles.Communes,
        "xã, phường",
        LayerGeometry.Areal,
        [
            Text("code", "mã xã", "Mã xã", "Mã ĐVHC", "Mã đơn vị hành chính", "Mã"),
            Text("name", "tên", "Tên", "Tên xã", "Tên ĐVHC"),
            Choice("kind", "loại đơn vị", ["Xã", "Phường", "Thị trấn", "Đặc khu"], "Loại", "Cấp"),
            OptionalText("district", "huyện", "Huyện", "Quận/huyện"),
            new("population", FieldKind.Integer, true, "dân số", ["Dân số"]) { MinInclusive = 0 },
            new("area_km2", FieldKind.Number, true, "diện tích (km²)", ["Diện tích", "Diện tích (km2)"]) { MinInclusive = 0 },
            new("valid_from", FieldKind.Date, true, "hiệu lực từ", ["Hiệu lực từ", "Từ ngày"]),
            new("valid_to", FieldKind.Date, false, "hiệu lực đến", ["Hiệu lực đến", "Đến ngày"]),
        ]
    );

    public static readonly ImportLayer Zones = new(
        "zones",
        BundleFiles.Zones,
        "vùng quy hoạch",
        LayerGeometry.Areal,
        [
            Id,
            Name,
            Choice(
                "kind",
                "loại vùng",
                [
                    "heritage",
                    "tourist",
                    "square",
                    "headquarters",
                    "designated_street",
                    "urban_main_street",
                    "urban",
                    "rural",
                    "coastal",
                    "open",
                ],
                "Loại vùng",
                "Loại"
            ),
            AllowedClasses,
            new("max_height_m", FieldKind.Number, true, "chiều cao tối đa (m)", ["Chiều cao tối đa", "Chiều cao cột tối đa"])
            {
                MinExclusive = 0,
            },
            Boolean("requires_camouflage", "yêu cầu ngụy trang", "Yêu cầu ngụy trang", "Phải ngụy trang"),
            Boolean("requires_planned_position", "chỉ tại vị trí quy hoạch", "Chỉ tại vị trí quy hoạch", "Theo vị trí quy hoạch"),
            Boolean("urban", "đô thị", "Đô thị", "Khu vực đô thị"),
        ]
    );

    public static readonly ImportLayer PlannedPositions = new(
        "planned-positions",
        BundleFiles.PlannedPositions,
        "vị trí quy hoạch",
        LayerGeometry.Point,
        [
            Id,
            OptionalText("carrier", "doanh nghiệp", "Nhà mạng", "Doanh nghiệp"),
            AllowedClasses,
            new("max_height_m", FieldKind.Number, false, "chiều cao tối đa (m)", ["Chiều cao tối đa"]) { MinExclusive = 0 },
        ]
    );

    public static readonly ImportLayer RestrictedAreas = new(
        "restricted-areas",
        BundleFiles.RestrictedAreas,
        "khu vực hạn chế",
        LayerGeometry.Areal,
        [
            Id,
            Name,
            Choice("kind", "loại khu vực", ["military", "security", "heritage_core", "antenna_corridor"], "Loại khu vực", "Loại"),
            Choice("effect", "hiệu lực", ["prohibit", "consult"], "Hiệu lực", "Mức hạn chế"),
            new("buffer_m", FieldKind.Number, true, "vùng đệm (m)", ["Vùng đệm", "Khoảng cách đệm"]) { MinInclusive = 0 },
            Text("authority", "cơ quan có thẩm quyền", "Cơ quan có thẩm quyền", "Cơ quan quản lý", "Cơ quan"),
        ]
    );

    public static readonly ImportLayer Airports = new(
        "airports",
        BundleFiles.Airports,
        "cảng hàng không, sân bay",
        LayerGeometry.Point,
        [
            Text("icao", "mã ICAO", "Mã ICAO", "ICAO"),
            Name,
            OptionalText("name_vi", "tên tiếng Việt", "Tên tiếng Việt", "Tên cảng hàng không"),
            Number("elevation_m", "độ cao sân bay (m)", "Độ cao", "Cao độ"),
            new("code_number", FieldKind.Integer, true, "số mã sân bay", ["Số mã", "Mã số sân bay"]) { MinInclusive = 1, MaxInclusive = 4 },
        ]
    );

    public static readonly ImportLayer Runways = new(
        "runways",
        BundleFiles.Runways,
        "đường cất hạ cánh",
        LayerGeometry.LineString,
        [
            Text("airport", "sân bay (mã ICAO)", "Sân bay", "Mã ICAO"),
            Text("designator", "số hiệu đường cất hạ cánh", "Số hiệu", "Ký hiệu"),
            new("width_m", FieldKind.Number, true, "chiều rộng (m)", ["Chiều rộng"]) { MinExclusive = 0 },
            Number("low_elevation_m", "cao độ đầu thấp (m)", "Cao độ đầu thấp"),
            Number("high_elevation_m", "cao độ đầu cao (m)", "Cao độ đầu cao"),
        ]
    );

    public static readonly ImportLayer Sites = new(
        "sites",
        BundleFiles.Sites,
        "trạm hiện có",
        LayerGeometry.Point,
        [
            Id,
            Text("carrier", "doanh nghiệp", "Nhà mạng", "Doanh nghiệp", "Nhà mạng / Doanh nghiệp", "Chủ sở hữu"),
            Text("code", "mã trạm", "Mã trạm", "Mã số trạm", "Mã trạm BTS"),
            new("pole_class", FieldKind.PoleClass, true, "loại cột", ["Loại cột", "Phân loại cột", "Loại cột ăng-ten"]),
            new("height_m", FieldKind.Number, true, "chiều cao cột (m)", ["Chiều cao cột", "Chiều cao", "Độ cao cột"]) { MinExclusive = 0 },
            Boolean("camouflaged", "ngụy trang", "Ngụy trang", "Có ngụy trang"),
            new("shared_with", FieldKind.CarrierList, false, "dùng chung với", ["Dùng chung", "Dùng chung với"]),
            new("sectors", FieldKind.Sectors, false, "các sector", ["Sector", "Các sector"]),
        ]
    );

    public static readonly ImportLayer SensitivePlaces = new(
        "sensitive-places",
        BundleFiles.SensitivePlaces,
        "điểm nhạy cảm",
        LayerGeometry.PointOrAreal,
        [Id, Name, Choice("kind", "loại điểm", ["school", "hospital", "kindergarten"], "Loại", "Loại điểm")]
    );

    public static readonly ImportLayer FiberRoutes = new(
        "fiber-routes",
        BundleFiles.FiberRoutes,
        "tuyến cáp quang",
        LayerGeometry.LineString,
        [
            Id,
            Text("owner", "chủ sở hữu", "Chủ sở hữu", "Đơn vị quản lý", "Doanh nghiệp"),
            Name,
            Choice("laying", "hình thức lắp đặt", ["aerial", "underground"], "Hình thức lắp đặt", "Hình thức", "Phương thức lắp đặt"),
            Choice("kind", "cấp tuyến", ["backbone", "inter_district", "access"], "Cấp tuyến", "Loại tuyến", "Loại"),
        ]
    );

    public static readonly ImportLayer UndergroundingZones = new(
        "undergrounding-zones",
        BundleFiles.UndergroundingZones,
        "khu vực ngầm hóa",
        LayerGeometry.Areal,
        [Id, Name]
    );

    public static readonly ImportLayer PostOffices = new(
        "post-offices",
        BundleFiles.PostOffices,
        "điểm phục vụ bưu chính",
        LayerGeometry.Point,
        [
            Id,
            Name,
            Choice("kind", "loại điểm", ["post_office", "cultural_post_office", "agent", "kiosk", "letter_box"], "Loại điểm", "Loại"),
            Text("operator", "doanh nghiệp bưu chính", "Doanh nghiệp", "Đơn vị khai thác", "Doanh nghiệp bưu chính"),
            Text("commune_code", "mã xã", "Mã xã", "Mã xã/phường", "Xã/phường"),
        ]
    );

    public static readonly IReadOnlyList<ImportLayer> All =
    [
        Province,
        Communes,
        Zones,
        PlannedPositions,
        RestrictedAreas,
        Airports,
        Runways,
        Sites,
        SensitivePlaces,
        FiberRoutes,
        UndergroundingZones,
        PostOffices,
    ];

    /// <summary>The layer <c>--layer</c> names (<c>sites</c>, <c>sites.geojson</c>), or null.</summary>
    public static ImportLayer? Find(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        if (n.EndsWith(".geojson", StringComparison.Ordinal))
            n = n[..^".geojson".Length];
        return All.FirstOrDefault(l => l.Name == n);
    }
}
