namespace TelecomGis.Api.Layers;

/// <summary>
/// The plan layers' names in Vietnamese, as the map's layer list and a department's GIS staff call them: what OGC API – Features
/// clients (QGIS, GDAL) show for a collection unless the caller asks for English, and <c>title_vi</c> in the layer list.
/// </summary>
public static class LayerTitles
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["province"] = "Ranh giới tỉnh",
        ["communes"] = "Đơn vị hành chính cấp xã",
        ["zones"] = "Vùng quy hoạch",
        ["airports"] = "Cảng hàng không, sân bay",
        ["runways"] = "Đường cất hạ cánh",
        ["airport-surfaces"] = "Bề mặt giới hạn chướng ngại vật",
        ["sites"] = "Trạm hiện có",
        ["planned-positions"] = "Vị trí quy hoạch",
        ["restricted-areas"] = "Khu vực hạn chế",
        ["fiber-routes"] = "Tuyến cáp quang",
        ["post-offices"] = "Điểm phục vụ bưu chính",
    };

    /// <summary>The layer's Vietnamese title; its English one for a layer without (none today: a test holds every layer to one).</summary>
    public static string Vietnamese(PlanLayer layer) => Names.GetValueOrDefault(layer.Name, layer.Title);

    /// <summary>The title in the caller's language.</summary>
    public static string For(PlanLayer layer, bool english) => english ? layer.Title : Vietnamese(layer);
}
