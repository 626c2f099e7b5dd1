using System.CommandLine;
using TelecomGis.Cli;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>postal --plan DIR --out DIR [--date]</c>: postal service per commune (postal-communes.csv), per district
/// (postal-districts.csv) and for the province (printed): points, average service radius, people per point, communes without a
/// cultural post office, distance from each headquarters to the nearest point.
/// </summary>
internal static class PostalCommand
{
    public static Command Create()
    {
        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Thư mục gói quy hoạch, ví dụ data/quang-ninh.", "The plan bundle folder, e.g. data/quang-ninh."),
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = CliText.T("Thư mục ghi các bảng (tạo mới khi chưa có).", "Folder for the tables (created when missing)."),
            Required = true,
        };
        var date = new Option<DateOnly?>("--date")
        {
            Description = CliText.T(
                "Dùng địa giới xã, phường có hiệu lực vào ngày này (mặc định: hôm nay).",
                "Use the communes valid on this date (default: today)."
            ),
        };
        var command = new Command(
            "postal",
            CliText.T("Phục vụ bưu chính theo xã, phường, huyện và tỉnh.", "Postal service per commune, district and province.")
        )
        {
            plan,
            output,
            date,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
                Run(parse.GetValue(plan)!, parse.GetValue(output)!, parse.GetValue(date) ?? DateOnly.FromDateTime(DateTime.Today))
            )
        );
        return command;
    }

    private static int Run(DirectoryInfo planDir, DirectoryInfo outDir, DateOnly date)
    {
        if (!planDir.Exists)
            throw new CliError($"--plan: không có thư mục '{planDir.FullName}'.", $"--plan: folder '{planDir.FullName}' does not exist.");
        var bundle = PlanBundleReader.Read(planDir.FullName, ValidatedPlans.ForThisUser());
        var report = PostalAnalysis.Run(bundle, date);
        if (report.Communes.Count == 0)
            throw new CliError(
                $"--date: quy hoạch không có xã, phường nào có hiệu lực vào ngày {date:dd/MM/yyyy}.",
                $"--date: the plan has no commune valid on {date:yyyy-MM-dd}."
            );
        var folder = AtomicFile.Folder(outDir, "--out");
        var tables = new AnalysisTables(folder, "postal.xlsx");

        tables.Add(
            "postal-communes.csv",
            ("Theo xã, phường", "By commune"),
            [
                ("Mã xã", "commune_code"),
                ("Xã, phường", "commune"),
                ("Số điểm phục vụ bưu chính", "points"),
                ("Số điểm bưu điện văn hóa xã", "cultural_post_offices"),
                ("Diện tích (km²)", "area_km2"),
                ("Dân số", "population"),
                ("Bán kính phục vụ bình quân (km)", "service_radius_km"),
                ("Số dân bình quân trên một điểm", "people_per_point"),
                ("Vị trí tính khoảng cách", "headquarters_from"),
                ("Điểm phục vụ gần nhất", "nearest_point"),
                ("Khoảng cách đến điểm gần nhất (m)", "nearest_point_m"),
            ],
            report.Communes.Select(c =>
                (IReadOnlyList<object?>)
                    [
                        c.Commune.Code,
                        c.Commune.FullName,
                        c.Figures.Points,
                        c.CulturalPostOffices,
                        c.Figures.AreaKm2,
                        c.Figures.Population,
                        Round(c.Figures.ServiceRadiusKm, 3),
                        Round(c.Figures.PeoplePerPoint, 0),
                        FiberCommand.HeadquartersFrom(c.Headquarters),
                        c.NearestPointId,
                        Round(c.NearestPointDistanceM, 1),
                    ]
            )
        );
        tables.Add(
            "postal-districts.csv",
            ("Theo huyện", "By district"),
            [
                ("Huyện", "district"),
                ("Số xã, phường", "communes"),
                ("Số xã, phường chưa có điểm bưu điện văn hóa xã", "communes_without_cultural_post_office"),
                ("Số điểm phục vụ bưu chính", "points"),
                ("Diện tích (km²)", "area_km2"),
                ("Dân số", "population"),
                ("Bán kính phục vụ bình quân (km)", "service_radius_km"),
                ("Số dân bình quân trên một điểm", "people_per_point"),
            ],
            report
                .Districts.Append(report.Province)
                .Select(d =>
                    (IReadOnlyList<object?>)
                        [
                            d.Name,
                            d.Communes,
                            d.CommunesWithoutCulturalPostOffice,
                            d.Figures.Points,
                            Round(d.Figures.AreaKm2, 2),
                            d.Figures.Population,
                            Round(d.Figures.ServiceRadiusKm, 3),
                            Round(d.Figures.PeoplePerPoint, 0),
                        ]
                )
        );

        var p = report.Province.Figures;
        var workbook = tables.WriteWorkbook();
        var err = Console.Error;
        err.WriteLine(
            CliText.T(
                $"{bundle.Province.Name}, địa giới xã, phường ngày {date:dd/MM/yyyy}: {p.Points:N0} điểm phục vụ trên {p.AreaKm2:N0} km² và {p.Population:N0} người: "
                    + $"bán kính phục vụ bình quân {p.ServiceRadiusKm:0.00} km, {p.PeoplePerPoint:N0} người trên một điểm",
                $"{bundle.Province.Name}, communes of {date:yyyy-MM-dd}: {p.Points:N0} points over {p.AreaKm2:N0} km² and {p.Population:N0} people: "
                    + $"average service radius {p.ServiceRadiusKm:0.00} km, {p.PeoplePerPoint:N0} people per point"
            )
        );
        // Counted as the department reports it: over the rural communes (xã) only.
        var without = report.CommunesWithoutCulturalPostOffice.ToList();
        var cultural = Core.Reporting.CulturalPostOffices.Of(report.Communes);
        err.WriteLine(
            CliText.T(
                $"{cultural.WithCulturalPostOffice} trên {cultural.RuralCommunes} xã có điểm Bưu điện – Văn hóa xã; chưa có: ",
                $"{cultural.WithCulturalPostOffice} of {cultural.RuralCommunes} rural communes have a cultural post office; without: "
            ) + (without.Count == 0 ? CliText.T("không có xã nào", "none") : string.Join(", ", without.Select(c => c.Commune.FullName)))
        );
        var farthest = report.Communes.MaxBy(c => c.NearestPointDistanceM)!;
        err.WriteLine(
            CliText.T(
                $"trụ sở xa điểm phục vụ nhất: {farthest.Commune.FullName}, {farthest.NearestPointDistanceM:N0} m",
                $"farthest headquarters from a service point: {farthest.Commune.FullName}, {farthest.NearestPointDistanceM:N0} m"
            )
        );
        err.WriteLine(
            report.DistrictsOn is { } on
                ? CliText.T(
                    $"huyện: {report.Districts.Count} (đơn vị hành chính ngày {on:dd/MM/yyyy}, lần cuối còn cấp huyện)",
                    $"districts: {report.Districts.Count} (units of {on:yyyy-MM-dd}, the last with districts)"
                )
                : CliText.T("huyện: quy hoạch này không có", "districts: none in this plan")
        );
        err.WriteLine(
            CliText.T(
                $"đã ghi postal-communes.csv, postal-districts.csv và {workbook} (cả hai bảng) vào {folder}",
                $"wrote postal-communes.csv, postal-districts.csv and {workbook} (both tables) to {folder}"
            )
        );
        return 0;
    }

    private static double Round(double v, int digits) => double.IsFinite(v) ? Math.Round(v, digits) : v;
}
