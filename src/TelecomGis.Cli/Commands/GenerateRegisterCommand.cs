using System.CommandLine;
using TelecomGis.Generator;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>generate register</c>: a synthetic register of N existing structures in a plan's province (GeoJSON, RegisterFile), the load
/// set for re-appraising a whole register against a plan version.
/// </summary>
internal static class GenerateRegisterCommand
{
    public static Command Create()
    {
        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Gói quy hoạch của tỉnh đặt các công trình.", "The plan bundle whose province holds the structures."),
            Required = true,
        };
        var count = new Option<int>("--count")
        {
            Description = CliText.T("Số công trình (quy mô cả nước: 100.000).", "How many structures (national scale: 100,000)."),
            DefaultValueFactory = _ => 100_000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = CliText.T(
                "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng từng byte.",
                "Random seed: the same seed gives the same bytes."
            ),
            DefaultValueFactory = _ => 7,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = CliText.T("Tệp GeoJSON cần ghi.", "The GeoJSON file to write."),
            Required = true,
        };
        var command = new Command(
            "register",
            CliText.T(
                "Tạo sổ hạ tầng tổng hợp: các công trình hiện có với tình trạng pháp lý, nguồn dự phòng và trạm trọng yếu.",
                "Generate a synthetic register: existing structures with their standing, backup power and critical sites."
            )
        )
        {
            plan,
            count,
            seed,
            output,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
            {
                var n = parse.GetValue(count);
                if (n < 0)
                    throw new CliError("--count phải từ 0 trở lên.", "--count must be 0 or more.");
                var bundle = PlanBundleReader.Read(parse.GetValue(plan)!.FullName, ValidatedPlans.ForThisUser());
                var sites = RegisterGenerator.Build(bundle, n, parse.GetValue(seed));
                var target = parse.GetValue(output)!;
                var temp = target.FullName + ".partial";
                using (var stream = File.Create(temp))
                {
                    RegisterFile.Write(sites, stream);
                }
                File.Move(temp, target.FullName, overwrite: true);
                var shared = sites.Count(s => s.SharedWith.Count > 0);
                var installations = sites.Sum(s => s.Sectors.Select(x => x.Technology).Distinct().Count() * (1 + s.SharedWith.Count));
                Console.Error.WriteLine(
                    CliText.T(
                        $"đã ghi {n:N0} công trình vào {target.FullName}: {shared:N0} dùng chung ({(n == 0 ? 0 : 100.0 * shared / n):0.0} %), khoảng {installations:N0} trạm BTS theo công nghệ",
                        $"{n:N0} structures written to {target.FullName}: {shared:N0} shared ({(n == 0 ? 0 : 100.0 * shared / n):0.0} %), about {installations:N0} BTS by technology"
                    )
                );
                return 0;
            })
        );
        return command;
    }
}
