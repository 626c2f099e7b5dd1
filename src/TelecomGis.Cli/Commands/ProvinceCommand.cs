using System.CommandLine;
using TelecomGis.Cli;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Geodesy;
using TelecomGis.Generator.Provinces;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>province init --province CODE --out DIR [--epsg N] [--transformation EPSG:6960|EPSG:5194]</c>: a working bundle for any of
/// the 34 provinces (<see cref="ProvinceInitializer"/>), which <c>plan info</c>, <c>appraise</c> and the API read at once.
/// </summary>
internal static class ProvinceCommand
{
    public static Command Create()
    {
        var code = new Option<string>("--province")
        {
            Description = CliText.T(
                "Mã tỉnh, thành phố từ 1/7/2025 (34 đơn vị, ví dụ 31 Hải Phòng, 86 Vĩnh Long).",
                "The 2025 province code (34 units, e.g. 31 Hải Phòng, 86 Vĩnh Long)."
            ),
            Required = true,
        };
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = CliText.T("Thư mục gói dữ liệu sẽ tạo (chưa có hoặc trống).", "The bundle folder to create (missing or empty)."),
            Required = true,
        };
        var epsg = new Option<int?>("--epsg")
        {
            Description = CliText.T(
                "Hệ VN-2000 TM-3 của tỉnh; mặc định là kinh tuyến trục (Thông tư 973/2001/TT-TCĐC) của tỉnh cũ giữ tên.",
                "The province's VN-2000 TM-3 system; by default the meridian (Circular 973/2001/TT-TCĐC) of the former province whose name it keeps."
            ),
        };
        var transformation = new Option<string?>("--transformation")
        {
            Description = CliText.T(
                "Phép chuyển đổi VN-2000 → WGS 84: EPSG:6960 (quốc gia, mặc định) hoặc EPSG:5194 (đồng bằng sông Cửu Long).",
                "The VN-2000 → WGS 84 transformation: EPSG:6960 (national, default) or EPSG:5194 (Mekong delta)."
            ),
        };
        var sources = new Option<DirectoryInfo>("--sources")
        {
            Description = CliText.T("Dữ liệu công khai thật (admin/, airports/).", "The real public data (admin/, airports/)."),
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "sources")),
        };
        var init = new Command(
            "init",
            CliText.T(
                "Tạo gói dữ liệu làm việc cho một tỉnh: ranh giới tỉnh và xã, sân bay, hệ tọa độ, quy tắc mặc định, các lớp quy hoạch trống.",
                "Create a working bundle for a province: province and commune boundaries, airports, coordinate system, default rules, empty plan layers."
            )
        )
        {
            code,
            outDir,
            epsg,
            transformation,
            sources,
        };
        init.SetAction(parse =>
            CliError.Guard(() =>
            {
                var text = parse.GetValue(code)!;
                var entry = VietnamProvinces.Find(text)
                    ?? throw new CliError(
                        $"--province: không có tỉnh, thành phố mã '{text}'. Các mã: {string.Join(", ", VietnamProvinces.All.Select(p => p.Code))}.",
                        $"--province: no province has code '{text}'. The codes: {string.Join(", ", VietnamProvinces.All.Select(p => p.Code))}."
                    );
                var chosen = parse.GetValue(epsg);
                if (chosen is { } e && (!CrsCatalog.TryGet(e, out var crs) || crs.ScaleFactor != Vn2000Datum.Tm3ScaleFactor))
                {
                    throw new CliError(
                        $"--epsg: {e} không phải hệ VN-2000 múi 3°. Với {entry.TitleVi}: {Candidates(entry)}.",
                        $"--epsg: {e} is not a VN-2000 TM-3 system. For {entry.Name}: {Candidates(entry)}."
                    );
                }
                var datum = Vn2000Transformation.National6960;
                if (parse.GetValue(transformation) is { } t && !Vn2000Transformations.TryParse(t, out datum))
                {
                    throw new CliError(
                        $"--transformation: '{t}' không hợp lệ; dùng EPSG:6960 hoặc EPSG:5194.",
                        $"--transformation: '{t}' is not valid; use EPSG:6960 or EPSG:5194."
                    );
                }
                var target = parse.GetValue(outDir)!;
                if (target.Exists && target.EnumerateFileSystemInfos().Any())
                {
                    throw new CliError(
                        $"--out: thư mục '{target.FullName}' đã có dữ liệu; chọn thư mục chưa có hoặc trống.",
                        $"--out: '{target.FullName}' is not empty; choose a missing or empty folder."
                    );
                }
                var src = parse.GetValue(sources)!;
                if (!Directory.Exists(Path.Combine(src.FullName, "admin", "vn2025-communes")))
                {
                    throw new CliError(
                        $"--sources: '{src.FullName}' không có admin/vn2025-communes/; hãy chỉ thư mục data/sources của kho mã.",
                        $"--sources: '{src.FullName}' has no admin/vn2025-communes/; pass the repository's data/sources folder."
                    );
                }

                var plan = ProvinceInitializer.Initialize(src.FullName, target.FullName, entry, chosen, datum);
                var current = plan.Communes.Count(c => c.Validity.To is null);
                var system = CrsCatalog.Get(plan.Province.Epsg);
                Console.Out.WriteLine(
                    CliText.T(
                        $"đã tạo gói dữ liệu {entry.TitleVi} tại {target.FullName}: {current} xã, phường, đặc khu từ 1/7/2025, {plan.Communes.Count - current} đơn vị trước 2025, {plan.Airports.Count} sân bay",
                        $"bundle for {entry.Name} written to {target.FullName}: {current} communes since 2025-07-01, {plan.Communes.Count - current} pre-2025 units, {plan.Airports.Count} airport(s)"
                    )
                );
                Console.Out.WriteLine(
                    CliText.T(
                        $"hệ tọa độ EPSG:{system.Epsg} ({system.Name}){(chosen is null ? " — mặc định" : "")}; phép chuyển đổi {plan.Province.Transformation.Code()}",
                        $"coordinate system EPSG:{system.Epsg} ({system.Name}){(chosen is null ? " — default" : "")}; transformation {plan.Province.Transformation.Code()}"
                    )
                );
                if (entry.SpansSeveralMeridians)
                {
                    Console.Out.WriteLine(
                        CliText.T(
                            $"tỉnh gồm nhiều kinh tuyến trục cũ: {Candidates(entry)}; chọn bằng --epsg",
                            $"the province spans several former meridians: {Candidates(entry)}; choose with --epsg"
                        )
                    );
                }
                Console.Out.WriteLine(
                    CliText.T(
                        "quy tắc là giá trị mặc định chưa xác nhận; các lớp quy hoạch và hạ tầng đang trống (xem SOURCES.md trong gói)",
                        "the rules are unconfirmed defaults; the plan and infrastructure layers are empty (see the bundle's SOURCES.md)"
                    )
                );
                return 0;
            })
        );
        return new Command("province", CliText.T("Khởi tạo dữ liệu cho một tỉnh, thành phố.", "Set up a province's data.")) { init };
    }

    private static string Candidates(ProvinceEntry entry) =>
        string.Join(", ", entry.CandidateEpsgs.Select(c => $"EPSG:{c.Epsg} ({string.Join(", ", c.Provinces)})"));
}
