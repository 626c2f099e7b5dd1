namespace TelecomGis.Core.Administration;

/// <summary>
/// The 34 provinces and centrally governed cities since 1 July 2025 (Resolution 202/2025/QH15 of 12 June 2025 on the
/// reorganisation of provincial units), with the pre-2025 provinces each took in, the one that kept its name first.
/// </summary>
public static class VietnamProvinces
{
    public static IReadOnlyList<ProvinceEntry> All { get; } =
    [
        new("01", "Hà Nội", "Ha Noi", true, ["Hà Nội"]),
        new("04", "Cao Bằng", "Cao Bang", false, ["Cao Bằng"]),
        new("08", "Tuyên Quang", "Tuyen Quang", false, ["Tuyên Quang", "Hà Giang"]),
        new("11", "Điện Biên", "Dien Bien", false, ["Điện Biên"]),
        new("12", "Lai Châu", "Lai Chau", false, ["Lai Châu"]),
        new("14", "Sơn La", "Son La", false, ["Sơn La"]),
        new("15", "Lào Cai", "Lao Cai", false, ["Lào Cai", "Yên Bái"]),
        new("19", "Thái Nguyên", "Thai Nguyen", false, ["Thái Nguyên", "Bắc Kạn"]),
        new("20", "Lạng Sơn", "Lang Son", false, ["Lạng Sơn"]),
        new("22", "Quảng Ninh", "Quang Ninh", false, ["Quảng Ninh"]),
        new("24", "Bắc Ninh", "Bac Ninh", false, ["Bắc Ninh", "Bắc Giang"]),
        new("25", "Phú Thọ", "Phu Tho", false, ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]),
        new("31", "Hải Phòng", "Hai Phong", true, ["Hải Phòng", "Hải Dương"]),
        new("33", "Hưng Yên", "Hung Yen", false, ["Hưng Yên", "Thái Bình"]),
        new("37", "Ninh Bình", "Ninh Binh", false, ["Ninh Bình", "Hà Nam", "Nam Định"]),
        new("38", "Thanh Hóa", "Thanh Hoa", false, ["Thanh Hóa"]),
        new("40", "Nghệ An", "Nghe An", false, ["Nghệ An"]),
        new("42", "Hà Tĩnh", "Ha Tinh", false, ["Hà Tĩnh"]),
        new("44", "Quảng Trị", "Quang Tri", false, ["Quảng Trị", "Quảng Bình"]),
        new("46", "Huế", "Hue", true, ["Thừa Thiên Huế"]),
        new("48", "Đà Nẵng", "Da Nang", true, ["Đà Nẵng", "Quảng Nam"]),
        new("51", "Quảng Ngãi", "Quang Ngai", false, ["Quảng Ngãi", "Kon Tum"]),
        new("52", "Gia Lai", "Gia Lai", false, ["Gia Lai", "Bình Định"]),
        new("56", "Khánh Hòa", "Khanh Hoa", false, ["Khánh Hòa", "Ninh Thuận"]),
        new("66", "Đắk Lắk", "Dak Lak", false, ["Đắk Lắk", "Phú Yên"]),
        new("68", "Lâm Đồng", "Lam Dong", false, ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]),
        new("75", "Đồng Nai", "Dong Nai", false, ["Đồng Nai", "Bình Phước"]),
        new("79", "Hồ Chí Minh", "Ho Chi Minh City", true, ["Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]),
        new("80", "Tây Ninh", "Tay Ninh", false, ["Tây Ninh", "Long An"]),
        new("82", "Đồng Tháp", "Dong Thap", false, ["Đồng Tháp", "Tiền Giang"]),
        new("86", "Vĩnh Long", "Vinh Long", false, ["Vĩnh Long", "Bến Tre", "Trà Vinh"]),
        new("91", "An Giang", "An Giang", false, ["An Giang", "Kiên Giang"]),
        new("92", "Cần Thơ", "Can Tho", true, ["Cần Thơ", "Sóc Trăng", "Hậu Giang"]),
        new("96", "Cà Mau", "Ca Mau", false, ["Cà Mau", "Bạc Liêu"]),
    ];

    /// <summary>The province of a 2025 code ("31" or "1" for "01"), or null.</summary>
    public static ProvinceEntry? Find(string code)
    {
        var c = code.Trim();
        if (c.Length == 1)
            c = "0" + c;
        return All.FirstOrDefault(p => p.Code == c);
    }
}
