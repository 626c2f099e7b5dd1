using System.CommandLine;
using TelecomGis.Cli;
using TelecomGis.Core.Planning;
using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>generate bundle</c> rebuilds a province bundle's synthetic layers from the real sources with a seed;
/// <c>generate proposals</c> writes a load set of N proposed sites in the submission CSV format.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed")
        {
            Description = CliText.T(
                "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng từng byte.",
                "Random seed: the same seed gives the same bytes."
            ),
            DefaultValueFactory = _ => BundleGenerator.DefaultSeed,
        };

        var sources = new Option<DirectoryInfo>("--sources")
        {
            Description = CliText.T("Dữ liệu công khai thật (admin/, airports/).", "The real public data (admin/, airports/)."),
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "sources")),
        };
        var bundleOut = new Option<DirectoryInfo>("--out")
        {
            Description = CliText.T("Thư mục ghi gói dữ liệu.", "Where to write the bundle."),
            Required = true,
        };
        var province = new Option<string?>("--province")
        {
            Description = CliText.T(
                "Mã tỉnh có lớp tổng hợp hiệu chỉnh theo số liệu Hải Dương cũ: 31 (Hải Phòng) hoặc 86 (Vĩnh Long); bỏ trống: Quảng Ninh.",
                "A province with synthetic layers calibrated to the former Hải Dương's figures: 31 (Hải Phòng) or 86 (Vĩnh Long); omitted: Quảng Ninh."
            ),
        };
        var bundle = new Command(
            "bundle",
            CliText.T(
                "Tạo gói dữ liệu một tỉnh: ranh giới và sân bay thật, lớp tổng hợp theo hạt giống; Quảng Ninh (mặc định) có quy hoạch và hạ tầng, Hải Phòng hoặc Vĩnh Long (--province) có hạ tầng hiệu chỉnh theo số liệu Hải Dương cũ.",
                "Generate a province's bundle: real boundaries and airports, seeded synthetic layers; Quảng Ninh (the default) with a plan and infrastructure, Hải Phòng or Vĩnh Long (--province) with infrastructure calibrated to the former Hải Dương's figures."
            )
        )
        {
            bundleOut,
            sources,
            seed,
            province,
        };
        bundle.SetAction(parse =>
            CliError.Guard(() =>
            {
                var src = parse.GetValue(sources)!;
                if (!Directory.Exists(Path.Combine(src.FullName, "admin")))
                    throw new CliError(
                        $"--sources: '{src.FullName}' không có thư mục admin/; hãy chỉ thư mục chứa admin/ và airports/ (data/sources trong kho mã).",
                        $"--sources: '{src.FullName}' has no admin/ folder; pass the folder holding admin/ and airports/ (data/sources in the repository)."
                    );
                if (parse.GetValue(province) is { } code)
                    return ProvinceBundle(src.FullName, parse.GetValue(bundleOut)!.FullName, code, parse.GetValue(seed));
                var plan = BundleGenerator.Generate(
                    src.FullName,
                    parse.GetValue(bundleOut)!.FullName,
                    parse.GetValue(seed),
                    ConsoleProgress.Steps()
                );
                var (planVi, planEn) = PlanVersionWords.OfBundle(plan);
                Console.Error.WriteLine(
                    CliText.T(
                        $"đã ghi gói dữ liệu: {plan.Sites.Count:N0} trạm, {plan.Zones.Count:N0} vùng quy hoạch, {plan.PlannedPositions.Count:N0} vị trí quy hoạch; {planVi}",
                        $"bundle written: {plan.Sites.Count:N0} sites, {plan.Zones.Count:N0} zones, {plan.PlannedPositions.Count:N0} planned positions; {planEn}"
                    )
                );
                return 0;
            })
        );

        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Gói quy hoạch nơi các trạm được đề xuất.", "The plan bundle the sites are proposed in."),
            Required = true,
        };
        var count = new Option<int>("--count")
        {
            Description = CliText.T(
                "Số trạm (chín tháng của báo cáo năm 2015: 279).",
                "How many sites (the 2015 report's nine months: 279)."
            ),
            DefaultValueFactory = _ => 279,
        };
        var badRows = new Option<double>("--bad-rows")
        {
            Description = CliText.T(
                "Tỷ lệ dòng cố ý sai (0–1), để thử việc loại dòng lỗi.",
                "Share of deliberately malformed rows (0–1), to exercise rejection."
            ),
            DefaultValueFactory = _ => 0,
        };
        var proposalsOut = new Option<FileInfo?>("--out")
        {
            Description = CliText.T("Tệp CSV cần ghi (mặc định: đầu ra chuẩn).", "CSV file to write (default: stdout)."),
        };
        var proposals = new Command(
            "proposals",
            CliText.T("Tạo danh sách trạm đề xuất theo định dạng CSV của hồ sơ.", "Generate proposed sites in the submission CSV format.")
        )
        {
            plan,
            count,
            seed,
            badRows,
            proposalsOut,
        };
        proposals.SetAction(parse =>
            CliError.Guard(() =>
            {
                var n = parse.GetValue(count);
                var share = parse.GetValue(badRows);
                if (n < 0)
                    throw new CliError("--count phải từ 0 trở lên.", "--count must be 0 or more.");
                if (share is < 0 or > 1)
                    throw new CliError("--bad-rows phải từ 0 đến 1.", "--bad-rows must be between 0 and 1.");
                var bundlePlan = PlanBundleReader.Read(parse.GetValue(plan)!.FullName, ValidatedPlans.ForThisUser());
                var target = parse.GetValue(proposalsOut);
                if (target is null)
                {
                    ProposalGenerator.Generate(bundlePlan, n, parse.GetValue(seed), Console.Out, share);
                    return 0;
                }
                var temp = target.FullName + ".partial";
                using (var writer = new StreamWriter(temp))
                {
                    ProposalGenerator.Generate(bundlePlan, n, parse.GetValue(seed), writer, share);
                }
                File.Move(temp, target.FullName, overwrite: true);
                Console.Error.WriteLine(
                    CliText.T($"đã ghi {n:N0} trạm đề xuất vào {target.FullName}", $"{n:N0} proposed sites written to {target.FullName}")
                );
                return 0;
            })
        );

        return new Command(
            "generate",
            CliText.T(
                "Tạo dữ liệu tổng hợp: gói dữ liệu của một tỉnh hoặc các bộ trạm đề xuất để thử tải.",
                "Generate synthetic data: a province bundle or load sets of proposed sites."
            )
        )
        {
            bundle,
            proposals,
            GenerateRegisterCommand.Create(),
            HistoryCommand.Create(),
        };
    }

    /// <summary>Hải Phòng or Vĩnh Long with layers calibrated to the former Hải Dương (CalibratedBundleGenerator).</summary>
    private static int ProvinceBundle(string sources, string outDir, string code, int seed)
    {
        var entry = Core.Administration.VietnamProvinces.Find(code);
        if (entry is null || !Generator.Provinces.CalibratedBundleGenerator.Folders.ContainsKey(entry.Code))
        {
            throw new CliError(
                $"--province: chỉ có 31 (Hải Phòng) và 86 (Vĩnh Long) có lớp tổng hợp hiệu chỉnh, không phải '{code}'; tỉnh khác dùng province init.",
                $"--province: only 31 (Hải Phòng) and 86 (Vĩnh Long) have calibrated synthetic layers, not '{code}'; use province init for others."
            );
        }
        var plan = Generator.Provinces.CalibratedBundleGenerator.Generate(sources, outDir, entry.Code, seed, ConsoleProgress.Steps());
        var (planVi, planEn) = PlanVersionWords.OfBundle(plan);
        Console.Error.WriteLine(
            CliText.T(
                $"đã ghi gói dữ liệu {entry.TitleVi}: {plan.Sites.Count:N0} vị trí trạm, {plan.PostalPoints.Count:N0} điểm bưu chính, {plan.FiberRoutes.Count:N0} tuyến cáp quang; {planVi}",
                $"bundle for {entry.Name} written: {plan.Sites.Count:N0} structures, {plan.PostalPoints.Count:N0} postal points, {plan.FiberRoutes.Count:N0} fiber routes; {planEn}"
            )
        );
        return 0;
    }
}
