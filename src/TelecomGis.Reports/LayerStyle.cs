using SkiaSharp;

namespace TelecomGis.Reports;

/// <summary>
/// How a figure draws and names a plan layer: the Vietnamese name an appraiser uses, a fill and an outline. A figure draws only the
/// prohibited restricted areas (heritage cores), never a military or security one (<see cref="SiteMapFigure"/>).
/// </summary>
internal sealed record LayerStyle(string NameVi, SKColor Fill, SKColor Stroke, float StrokeWidth, bool Dashed, int DrawOrder)
{
    public static LayerStyle For(string layer) =>
        layer switch
        {
            "province" => new("Ranh giới tỉnh", SKColors.Transparent, new SKColor(0x55, 0x55, 0x55), 3, false, 0),
            "communes" => new("Ranh giới xã, phường", SKColors.Transparent, new SKColor(0x80, 0x80, 0x80), 2, true, 1),
            "zones" => new("Vùng quy hoạch", new SKColor(0x9C, 0xCC, 0x65, 0x40), new SKColor(0x55, 0x8B, 0x2F), 2, false, 2),
            "restricted-areas" => new(
                "Khu vực cấm xây dựng",
                new SKColor(0xE5, 0x39, 0x35, 0x40),
                new SKColor(0xC6, 0x28, 0x28),
                2.5f,
                false,
                3
            ),
            "runways" => new("Đường cất hạ cánh", SKColors.Transparent, new SKColor(0x42, 0x42, 0x42), 10, false, 4),
            "sensitive-places" => new("Trường học, bệnh viện", new SKColor(0xFF, 0xB3, 0x00), new SKColor(0xE6, 0x51, 0x00), 2, false, 5),
            "planned-positions" => new("Vị trí quy hoạch", new SKColor(0x1E, 0x88, 0xE5), new SKColor(0x0D, 0x47, 0xA1), 2, false, 6),
            "sites" => new("Trạm BTS hiện có", new SKColor(0x37, 0x47, 0x4F), SKColors.Black, 2, false, 7),
            _ => new("Đối tượng khác", SKColors.Transparent, SKColors.Gray, 2, false, 8),
        };
}
