using TelecomGis.Core.Register.Declarations;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Storage.Declarations;

/// <summary>
/// The file a carrier fills to declare its structures (báo cáo hạ tầng): the Vietnamese header row of <see cref="DeclarationColumns"/>,
/// one example row (a tower in Bãi Cháy, Quảng Ninh) and, in the .xlsx, a sheet "Hướng dẫn" saying what each column holds. Sent back
/// unchanged it is read by <see cref="DeclarationFile"/> without a rejection (a test holds it so).
/// </summary>
public static class DeclarationTemplate
{
    public const string StructuresSheet = "Danh sách vị trí";

    public const string InstructionsSheet = TemplateWorkbook.InstructionsSheet;

    private static readonly Dictionary<string, ColumnGuidance> Guide = new(StringComparer.Ordinal)
    {
        ["structure_id"] = new(
            "Không bắt buộc (ghi khi đã biết)",
            "",
            "Mã vị trí trong sổ hạ tầng của Sở (ví dụ QN-S00042); để trống với trạm mới",
            null
        ),
        ["site_code"] = new("Bắt buộc", "", "Mã trạm của doanh nghiệp, không trùng trong một báo cáo", "QN-HLG-0125"),
        ["carrier"] = new(
            "Không bắt buộc (để trống là doanh nghiệp của tài khoản gửi báo cáo)",
            "",
            "Chỉ được ghi chính doanh nghiệp báo cáo",
            null
        ),
        ["address"] = new("Không bắt buộc (để tham khảo)", "", "Số nhà, tổ, khu phố, xã/phường", "Tổ 3, khu 5, phường Bãi Cháy"),
        ["lon"] = new("Bắt buộc nếu không ghi tọa độ VN-2000", "độ (WGS-84)", "Số thập phân (107.03217) hoặc độ phút giây", 107.03217),
        ["lat"] = new("Bắt buộc nếu không ghi tọa độ VN-2000", "độ (WGS-84)", "Số thập phân (20.95026) hoặc độ phút giây", 20.95026),
        ["x"] = new("Thay cho Kinh độ, Vĩ độ: ghi cùng Tọa độ Y và Kinh tuyến trục", "mét", "Tọa độ X theo hướng bắc, hệ VN-2000", null),
        ["y"] = new("Thay cho Kinh độ, Vĩ độ: ghi cùng Tọa độ X và Kinh tuyến trục", "mét", "Tọa độ Y theo hướng đông, hệ VN-2000", null),
        ["epsg"] = new(
            "Bắt buộc khi ghi tọa độ VN-2000",
            "",
            "Kinh tuyến trục của múi chiếu 3° (Quảng Ninh: 107°45'), hoặc mã EPSG (5899)",
            null
        ),
        ["pole_class"] = new("Bắt buộc", "", "A1a, A1b (cột không cồng kềnh), A2a, A2b, A2c (cột cồng kềnh)", "A2b"),
        ["height_m"] = new("Bắt buộc", "mét", "Chiều cao cột, lớn hơn 0 và không quá 300; cột trên nhà tính từ mái", 36.0),
        ["building_height_m"] = new("Ghi khi cột đặt trên công trình, nhà", "mét", "Chiều cao công trình, nhà đặt cột", null),
        ["camouflaged"] = new("Không bắt buộc (để trống là không)", "", "có hoặc không", "không"),
        ["backup_power_h"] = new(
            "Không bắt buộc",
            "giờ",
            "Số giờ ắc quy, máy phát giữ trạm phát sóng khi mất điện lưới, từ 0 đến 168",
            4.0
        ),
        ["technologies"] = new(
            "Bắt buộc",
            "",
            "Các công nghệ của doanh nghiệp trên cột: 2G, 3G, 4G, 5G, cách nhau bằng dấu phẩy",
            "2G, 4G"
        ),
        ["sectors"] = new(
            "Không bắt buộc (để trống là 3)",
            "",
            "Một số chung cho mọi công nghệ, hoặc mỗi công nghệ một số theo thứ tự cột Công nghệ (3; 3), từ 1 đến 12",
            "3"
        ),
        ["bands_mhz"] = new(
            "Không bắt buộc",
            "MHz",
            "Băng tần của từng công nghệ, cách nhau bằng dấu chấm phẩy: 2G: 900; 4G: 1800/2100",
            "2G: 900; 4G: 1800/2100"
        ),
        ["on_air"] = new("Không bắt buộc", "", "Ngày trạm phát sóng, ngày/tháng/năm (15/03/2021)", "15/03/2021"),
    };

    private static readonly (string Heading, string Text)[] Notes =
    [
        (
            "Cách điền",
            "Mỗi dòng một vị trí (cột) của doanh nghiệp, kể cả vị trí đã báo cáo trước đây; vị trí không có trong báo cáo được coi là không còn khai báo và được chuyển cho thanh tra kiểm tra."
        ),
        (
            "Đối chiếu",
            "Hệ thống đối chiếu báo cáo với sổ hạ tầng: vị trí mới, vị trí thay đổi (chiều cao, loại cột, công nghệ, tọa độ), vị trí không khai báo; doanh nghiệp xác nhận rồi cơ sở dữ liệu mới được cập nhật. Vị trí mới không có văn bản chấp thuận được ghi là xây dựng không phép."
        ),
        (
            "Định dạng tệp",
            "Gửi tệp .xlsx này hoặc tệp .csv (UTF-8) cùng các cột. Dòng nào sai thì cả báo cáo không được nhận; sửa rồi gửi lại."
        ),
    ];

    private static readonly TemplateWorkbook Workbook = new(StructuresSheet, DeclarationColumns.All, Guide, Notes);

    /// <summary>The header row, Vietnamese, in the order of <see cref="DeclarationColumns.All"/>.</summary>
    public static IReadOnlyList<string> Header => Workbook.Header;

    /// <summary>The .xlsx: the data sheet (header and example row, typed cells) then the instructions sheet.</summary>
    public static byte[] Xlsx() => Workbook.Xlsx();

    /// <summary>The .csv: UTF-8 with a byte-order mark (so Excel shows the diacritics), the header and the example row.</summary>
    public static byte[] Csv() => Workbook.Csv();
}
