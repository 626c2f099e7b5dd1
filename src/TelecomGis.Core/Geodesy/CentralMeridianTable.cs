namespace TelecomGis.Core.Geodesy;

/// <summary>
/// The VN-2000 TM-3 central meridian (kinh tuyến trục) of each province as it stood before 1 July 2025: the table of Circular
/// 973/2001/TT-TCĐC of 20 June 2001 (Tổng cục Địa chính, "Hướng dẫn áp dụng hệ quy chiếu và hệ tọa độ quốc gia VN-2000",
/// Phụ lục, bảng kinh tuyến trục cho từng tỉnh, thành phố trực thuộc Trung ương; zone 3°, k0 = 0.9999).
/// </summary>
/// <remarks>
/// The circular listed 61 units. Điện Biên (split from Lai Châu), Đắk Nông (from Đắk Lắk) and Hậu Giang (from Cần Thơ), created in
/// 2004, use the meridian of the province they were split from, as the later lists repeat. Cadastral and planning drawings made
/// before the 2025 merger carry these meridians, so a merged province's surveys come in several of them.
/// </remarks>
public static class CentralMeridianTable
{
    private static readonly Dictionary<string, double> ByProvince = new(StringComparer.Ordinal)
    {
        ["Lai Châu"] = 103.0,
        ["Điện Biên"] = 103.0,
        ["Sơn La"] = 104.0,
        ["Kiên Giang"] = 104.5,
        ["Cà Mau"] = 104.5,
        ["Lào Cai"] = 104.75,
        ["Yên Bái"] = 104.75,
        ["Nghệ An"] = 104.75,
        ["Phú Thọ"] = 104.75,
        ["An Giang"] = 104.75,
        ["Thanh Hóa"] = 105.0,
        ["Vĩnh Phúc"] = 105.0,
        ["Hà Tây"] = 105.0,
        ["Hà Nội"] = 105.0,
        ["Hà Nam"] = 105.0,
        ["Ninh Bình"] = 105.0,
        ["Đồng Tháp"] = 105.0,
        ["Cần Thơ"] = 105.0,
        ["Hậu Giang"] = 105.0,
        ["Bạc Liêu"] = 105.0,
        ["Hà Giang"] = 105.5,
        ["Bắc Ninh"] = 105.5,
        ["Hưng Yên"] = 105.5,
        ["Thái Bình"] = 105.5,
        ["Nam Định"] = 105.5,
        ["Tây Ninh"] = 105.5,
        ["Vĩnh Long"] = 105.5,
        ["Sóc Trăng"] = 105.5,
        ["Trà Vinh"] = 105.5,
        ["Hải Dương"] = 105.5,
        ["Hà Tĩnh"] = 105.5,
        ["Cao Bằng"] = 105.75,
        ["Long An"] = 105.75,
        ["Tiền Giang"] = 105.75,
        ["Bến Tre"] = 105.75,
        ["Hải Phòng"] = 105.75,
        ["Thành phố Hồ Chí Minh"] = 105.75,
        ["Bình Dương"] = 105.75,
        ["Tuyên Quang"] = 106.0,
        ["Hòa Bình"] = 106.0,
        ["Quảng Bình"] = 106.0,
        ["Quảng Trị"] = 106.25,
        ["Bình Phước"] = 106.25,
        ["Bắc Kạn"] = 106.5,
        ["Thái Nguyên"] = 106.5,
        ["Bắc Giang"] = 107.0,
        ["Thừa Thiên Huế"] = 107.0,
        ["Lạng Sơn"] = 107.25,
        ["Kon Tum"] = 107.5,
        ["Quảng Ninh"] = 107.75,
        ["Đồng Nai"] = 107.75,
        ["Bà Rịa - Vũng Tàu"] = 107.75,
        ["Quảng Nam"] = 107.75,
        ["Lâm Đồng"] = 107.75,
        ["Đà Nẵng"] = 107.75,
        ["Quảng Ngãi"] = 108.0,
        ["Ninh Thuận"] = 108.25,
        ["Khánh Hòa"] = 108.25,
        ["Bình Định"] = 108.25,
        ["Đắk Lắk"] = 108.5,
        ["Đắk Nông"] = 108.5,
        ["Gia Lai"] = 108.5,
        ["Phú Yên"] = 108.5,
        ["Bình Thuận"] = 108.5,
    };

    /// <summary>Every province of the table (64: the circular's 61 and the three of 2004).</summary>
    public static IReadOnlyCollection<string> Provinces => ByProvince.Keys;

    /// <summary>The central meridian, in degrees, of a pre-2025 province named as in the table ("Hải Dương").</summary>
    public static double Of(string provinceName) =>
        ByProvince.TryGetValue(provinceName, out var cm)
            ? cm
            : throw new ArgumentOutOfRangeException(
                nameof(provinceName),
                provinceName,
                "Not a province of Circular 973/2001/TT-TCĐC's table."
            );

    /// <summary>The TM-3 system of a pre-2025 province's meridian (Hải Dương 105°30′ → EPSG:9209).</summary>
    public static ProjectedCrs CrsOf(string provinceName) =>
        CrsCatalog.ForCentralMeridian(Of(provinceName))
        ?? throw new InvalidOperationException($"No VN-2000 TM-3 system in the catalogue for {provinceName}'s meridian.");
}
