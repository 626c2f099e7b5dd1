using System.Globalization;
using System.Text;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Provinces;

namespace TelecomGis.Generator.Provinces;

/// <summary>The SOURCES.md an initialised bundle carries: where each file comes from and what the department must still fill in.</summary>
public static class ProvinceSourcesNote
{
    public static string For(ProvinceEntry entry, ProvincePlan plan)
    {
        var inv = CultureInfo.InvariantCulture;
        var crs = CrsCatalog.Get(plan.Province.Epsg);
        var text = new StringBuilder();
        var current = plan.Communes.Count(c => c.Validity.To is null);
        var old = plan.Communes.Count - current;
        text.Append(inv, $"# {char.ToUpperInvariant(entry.TitleVi[0])}{entry.TitleVi[1..]}: gói dữ liệu khởi tạo / initialised bundle\n\n");
        text.Append(
                "Tạo bởi `telecomgis province init`. Ranh giới và sân bay là dữ liệu công khai thật; các lớp quy hoạch và hạ tầng để trống "
            )
            .Append("cho Sở nhập; quy tắc là giá trị mặc định chưa xác nhận.\n")
            .Append(
                "Written by `telecomgis province init`. Boundaries and airports are real public data; plan and infrastructure layers are "
            )
            .Append("empty for the department to fill; the rules are unconfirmed defaults.\n\n");
        text.Append(
                inv,
                $"- `province.geojson`: {entry.TitleVi} (mã {entry.Code}), `data/sources/admin/{AdministrativeSource.ProvincesFile}` "
            )
            .Append("(lamngockhuong/vietnam-3d-map, commit dc6095c4; gis.vn / sapnhap.bando.com.vn; see data/sources/README.md).\n");
        text.Append(
            inv,
            $"- `communes.geojson`: {current} đơn vị cấp xã từ 1/7/2025 (`{AdministrativeSource.CommunesFile(entry.Code)}`, same source)"
        );
        if (old > 0)
        {
            var former = AdministrativeSource.Communes2009[entry.Code].Former;
            text.Append(
                inv,
                $"; {old} xã, phường, thị trấn của tỉnh {former} cũ theo Tổng điều tra 2009 (censusVN2009), 2009-04-01 – 2025-06-30"
            );
        }
        text.Append(". Dân số: số liệu công bố cùng đề án sắp xếp 2025 (năm không nêu).\n");
        text.Append(
                inv,
                $"- `airports.geojson`, `runways.geojson`: {plan.Airports.Count} sân bay trong tỉnh hoặc có đầu đường cất hạ cánh cách tỉnh "
            )
            .Append(
                inv,
                $"không quá {(ProvinceDefaults.AirportReachM(plan.Rules) / 1000).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"))} km (tầm bề mặt tiếp cận, ICAO Phụ ước 14), OurAirports (public domain); "
            )
            .Append("không phải AIP: cần đối chiếu trước khi dùng.\n");
        text.Append(
                inv,
                $"- `plan.json`: hệ tọa độ {crs.Name} (EPSG:{crs.Epsg}, kinh tuyến trục {Meridian(crs.CentralMeridianDeg)}) theo bảng "
            )
            .Append("kinh tuyến trục của Thông tư 973/2001/TT-TCĐC");
        if (entry.SpansSeveralMeridians)
        {
            text.Append(
                    inv,
                    $"; tỉnh sáp nhập từ nhiều tỉnh có kinh tuyến trục khác nhau, mặc định là kinh tuyến của {entry.Former[0]} (đơn vị giữ tên), "
                )
                .Append("các lựa chọn khác (`--epsg`): ")
                .Append(
                    string.Join(
                        ", ",
                        entry.CandidateEpsgs.Select(c =>
                            string.Create(
                                inv,
                                $"EPSG:{c.Epsg} ({string.Join(", ", c.Provinces)}, {Meridian(CrsCatalog.Get(c.Epsg).CentralMeridianDeg)})"
                            )
                        )
                    )
                );
        }
        text.Append(inv, $"; phép chuyển đổi {plan.Province.Transformation.Code()}.\n");
        text.Append(
                "  `adopted` là ngày 1/7/2025 (ngày tỉnh có địa giới hiện nay), chưa phải ngày phê duyệt quy hoạch; `approval` để trống: "
            )
            .Append("điền quyết định phê duyệt thật trước khi phát hành văn bản.\n");
        text.Append("- `rules.csv`: bảng quy tắc của Quảng Ninh; các ngưỡng của quy hoạch tỉnh ghi \"giá trị mặc định, chưa xác nhận\".\n");
        text.Append(
                inv,
                $"- `zones.geojson`: chỉ vùng mặc định `{ProvinceDefaults.DefaultZoneId}` (mọi loại cột, tối đa 60 m, chưa xác nhận). "
            )
            .Append("Các lớp còn lại (vị trí quy hoạch, khu vực hạn chế, trạm, điểm nhạy cảm, cáp quang, ngầm hóa, bưu chính) để trống.\n");
        return text.ToString();
    }

    private static string Meridian(double deg)
    {
        var d = (int)Math.Floor(deg);
        var m = (int)Math.Round((deg - d) * 60);
        return string.Create(CultureInfo.InvariantCulture, $"{d}°{m:00}′");
    }
}
