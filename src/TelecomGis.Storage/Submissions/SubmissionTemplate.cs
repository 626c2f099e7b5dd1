using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// The file a carrier starts a batch from: the Vietnamese header row of <see cref="SubmissionColumns"/>, one example row (a site
/// in Bãi Cháy, Quảng Ninh), and in the .xlsx a second sheet "Hướng dẫn" saying for each column what it holds, its unit and the
/// values allowed. Sent back unchanged it is accepted, and its example row appraised: the template is read by the readers it
/// feeds (a test holds it so).
/// </summary>
public static class SubmissionTemplate
{
    /// <summary>The first sheet's name: the readers read the first sheet, whatever its name.</summary>
    public const string SitesSheet = "Danh sách trạm";

    public const string InstructionsSheet = TemplateWorkbook.InstructionsSheet;

    private static readonly Dictionary<string, ColumnGuidance> Guide = new(StringComparer.Ordinal)
    {
        ["carrier"] = new(
            "Bắt buộc (khi để trống, lấy doanh nghiệp của tài khoản gửi hồ sơ)",
            "",
            "Viettel, VNPT (hoặc VinaPhone), MobiFone, Vietnamobile, Gtel",
            "Viettel"
        ),
        ["site_code"] = new("Bắt buộc", "", "Mã trạm của doanh nghiệp, không trùng trong một hồ sơ", "QN-HLG-0125"),
        ["site_name"] = new("Không bắt buộc (để tham khảo)", "", "Tên thường gọi của trạm", "Trạm Bãi Cháy 5"),
        ["address"] = new(
            "Không bắt buộc (để tham khảo)",
            "",
            "Số nhà, tổ, khu phố, xã/phường",
            "Tổ 3, khu 5, phường Bãi Cháy, tỉnh Quảng Ninh"
        ),
        ["lon"] = new(
            "Bắt buộc nếu không ghi tọa độ VN-2000",
            "độ (WGS-84)",
            "Số thập phân (107.03217) hoặc độ phút giây (107°01'55.8\"E)",
            107.03217
        ),
        ["lat"] = new(
            "Bắt buộc nếu không ghi tọa độ VN-2000",
            "độ (WGS-84)",
            "Số thập phân (20.95026) hoặc độ phút giây (20°57'00.9\"N)",
            20.95026
        ),
        ["x"] = new(
            "Thay cho Kinh độ, Vĩ độ: ghi cùng Tọa độ Y và Kinh tuyến trục",
            "mét",
            "Tọa độ X theo hướng bắc, hệ VN-2000 (ví dụ 2318000)",
            null
        ),
        ["y"] = new(
            "Thay cho Kinh độ, Vĩ độ: ghi cùng Tọa độ X và Kinh tuyến trục",
            "mét",
            "Tọa độ Y theo hướng đông, hệ VN-2000 (ví dụ 431000)",
            null
        ),
        ["epsg"] = new(
            "Bắt buộc khi ghi tọa độ VN-2000",
            "",
            "Kinh tuyến trục của múi chiếu 3°: 107°45' (Quảng Ninh), viết 107°45', 107-45, 107 45 hoặc 107.75; hoặc mã EPSG (5899)",
            null
        ),
        ["pole_class"] = new(
            "Bắt buộc",
            "",
            "A1a, A1b (cột không cồng kềnh), A2a, A2b, A2c (cột cồng kềnh); viết A1-a hoặc chữ thường cũng được",
            "A1b"
        ),
        ["height_m"] = new("Bắt buộc", "mét", "Chiều cao cột ăng-ten, lớn hơn 0 và không quá 300; cột trên nhà tính từ mái", 30.0),
        ["building_height_m"] = new("Ghi khi cột đặt trên công trình, nhà", "mét", "Chiều cao công trình, nhà đặt cột", null),
        ["camouflaged"] = new("Không bắt buộc (để trống là không)", "", "có hoặc không (x hoặc 1 là có, 0 là không)", "không"),
        ["shares_site_id"] = new("Ghi khi dùng chung trạm của doanh nghiệp khác", "", "Mã trạm đang có được dùng chung", null),
        ["commune_code"] = new(
            "Không bắt buộc",
            "",
            "Mã xã/phường (mã đơn vị hành chính, 5 chữ số) nơi đặt trạm; phải khớp vị trí",
            "06673"
        ),
        ["ground_elevation_m"] = new(
            "Không bắt buộc (để trống thì lấy theo mô hình độ cao)",
            "mét",
            "Cao độ mặt đất tại chân cột so với mực nước biển, từ -50 đến 3200",
            12.0
        ),
        ["eirp_dbm"] = new(
            "Không bắt buộc",
            "dBm",
            "Công suất bức xạ đẳng hướng tương đương, từ 0 đến 90; ghi theo oát thì thêm W sau số (20 W) hoặc đặt tiêu đề cột là Công suất bức xạ EIRP (W)",
            null
        ),
        ["azimuth_deg"] = new("Không bắt buộc", "độ", "Góc phương vị của ăng-ten, từ 0 đến 360", null),
    };

    private static readonly (string Heading, string Text)[] Notes =
    [
        (
            "Cách điền",
            "Mỗi dòng một trạm, bắt đầu ngay dưới dòng tiêu đề; có thể xoá dòng ví dụ. Không đổi tên cột (tên cột không dấu cũng được đọc)."
        ),
        (
            "Hệ tọa độ",
            "Ghi Kinh độ và Vĩ độ theo WGS-84, hoặc Tọa độ X, Tọa độ Y theo VN-2000 cùng Kinh tuyến trục (Quảng Ninh: 107°45', EPSG 5899). Khi ghi cả hai, dùng Kinh độ, Vĩ độ."
        ),
        ("Định dạng tệp", "Gửi tệp .xlsx này, hoặc tệp .csv (UTF-8) cùng các cột, hoặc GeoJSON gồm các điểm."),
    ];

    private static readonly TemplateWorkbook Workbook = new(SitesSheet, SubmissionColumns.All, Guide, Notes);

    /// <summary>The header row, Vietnamese, in the order of <see cref="SubmissionColumns.All"/>.</summary>
    public static IReadOnlyList<string> Header => Workbook.Header;

    /// <summary>The .xlsx: the data sheet (header and example row, typed cells) then the instructions sheet.</summary>
    public static byte[] Xlsx() => Workbook.Xlsx();

    /// <summary>The .csv: UTF-8 with a byte-order mark (so Excel shows the diacritics), the header and the example row.</summary>
    public static byte[] Csv() => Workbook.Csv();
}
