using System.Globalization;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Reports.Periodic;

/// <summary>
/// The sentences the report's telecom section opens each part with, as the seeds write them ("Trong 9 tháng đầu năm 2015, Sở đã
/// tiếp nhận 279 hồ sơ …, trong đó 151 hồ sơ phù hợp quy hoạch …"), with the same period a year earlier where it had figures.
/// </summary>
public static class ReportSentences
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Appraisals(DepartmentReport r)
    {
        var t = r.Table("tham-dinh");
        if (t is null)
            return "";
        var received = t["received"];
        var text =
            $"Trong {r.Period.Vietnamese}, Sở đã tiếp nhận {N(received?.Current)} hồ sơ đề nghị thẩm định vị trí trạm BTS; đến ngày {r.AsOf:dd/MM/yyyy}, "
            + $"{N(t["conforms"]?.Current)} hồ sơ phù hợp quy hoạch, {N(t["does-not-conform"]?.Current)} hồ sơ không phù hợp quy hoạch, "
            + $"{N(t["awaiting-consultation"]?.Current)} hồ sơ đang chờ ý kiến của cơ quan được xin ý kiến và {N(t["appraising"]?.Current)} hồ sơ đang thẩm định.";
        if (received?.ComparisonPercent is { } pct)
            text += $" Số hồ sơ tiếp nhận bằng {P(pct)}% so với cùng kỳ năm trước ({N(received.YearEarlier)} hồ sơ).";
        if (t["median-days"]?.Current is { } median)
            text +=
                $" Thời gian xử lý trung vị {D(median)} ngày làm việc, dài nhất {N(t["longest-days"]?.Current)} ngày làm việc; {N(t["answered-late"]?.Current)} hồ sơ trả lời quá hạn.";
        return text;
    }

    public static string Structures(DepartmentReport r)
    {
        var t = r.Table("ha-tang");
        if (t is null)
            return "";
        return $"Đến ngày {r.AsOf:dd/MM/yyyy}, toàn tỉnh có {N(t["structures"]?.Current)} vị trí trạm (cột ăng ten) với {N(t["bts"]?.Current)} trạm BTS của các doanh nghiệp; "
            + $"{N(t["shared"]?.Current)} vị trí dùng chung hạ tầng, đạt tỷ lệ {D(t["sharing-ratio"]?.Current)}%; {N(t["a1"]?.Current)} cột loại A1, {N(t["a2"]?.Current)} cột loại A2, "
            + $"{N(t["camouflaged"]?.Current)} trạm ngụy trang, thân thiện môi trường.";
    }

    public static string Postal(DepartmentReport r)
    {
        var t = r.Table("buu-chinh");
        if (t is null)
            return "";
        if (t["points"]?.Current is null)
            return "Số liệu bưu chính toàn tỉnh của kỳ báo cáo không tính được: ranh giới các đơn vị hành chính cấp xã của gói dữ liệu tại ngày cuối kỳ không phủ toàn tỉnh (xem ghi chú của biểu).";
        return $"Mạng bưu chính công cộng có {N(t["points"]?.Current)} điểm phục vụ, bán kính phục vụ bình quân {D(t["radius-km"]?.Current)} km/điểm, "
            + $"số dân bình quân {N(t["people-per-point"]?.Current)} người/điểm; {N(t["rural-with-cultural"]?.Current)}/{N(t["rural-communes"]?.Current)} xã có điểm Bưu điện – Văn hóa xã.";
    }

    public static string Fiber(DepartmentReport r)
    {
        var t = r.Table("cap-quang");
        return t is null ? "" : $"Tổng chiều dài các tuyến cáp quang đạt {D(t["total"]?.Current)} km trên {N(t["routes"]?.Current)} tuyến.";
    }

    private static string N(double? v) => v is { } x ? x.ToString("#,##0", Vi) : "–";

    private static string D(double? v) => v is { } x ? x.ToString("#,##0.0", Vi) : "–";

    private static string P(double v) => v.ToString("0.0", Vi);
}
