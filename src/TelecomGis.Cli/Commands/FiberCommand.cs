using System.CommandLine;
using TelecomGis.Cli;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Coverage.Fiber;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>fiber --plan DIR --out DIR [--zones FILE] [--reach-m 500]</c>: kilometres and routes per owner, laying and district
/// (fiber-lengths.csv), each commune's distance to fiber (fiber-reach.csv) and aerial cable inside undergrounding zones
/// (undergrounding.csv). Zones come from the bundle's undergrounding-zones.geojson unless --zones names another file.
/// </summary>
internal static class FiberCommand
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
        var zonesFile = new Option<FileInfo?>("--zones")
        {
            Description = CliText.T(
                "Vùng ngầm hóa cáp (đa giác GeoJSON có id, name); mặc định: vùng của gói quy hoạch.",
                "Undergrounding zones (GeoJSON polygons with id, name); default: the bundle's."
            ),
        };
        var reach = new Option<double>("--reach-m")
        {
            Description = CliText.T(
                "Trụ sở xa mọi tuyến cáp hơn khoảng này thì coi là chưa có cáp quang, mét.",
                "A headquarters farther than this from every route is not reached, metres."
            ),
            DefaultValueFactory = _ => FiberAnalysis.DefaultReachThresholdM,
        };
        var date = new Option<DateOnly?>("--date")
        {
            Description = CliText.T(
                "Dùng địa giới xã, phường có hiệu lực vào ngày này (mặc định: hôm nay).",
                "Use the communes valid on this date (default: today)."
            ),
        };
        var command = new Command(
            "fiber",
            CliText.T(
                "Chiều dài cáp quang theo chủ sở hữu, cách lắp đặt và huyện; xã, phường chưa có cáp quang; cáp treo trong vùng ngầm hóa.",
                "Fiber lengths per owner, laying and district; communes fiber does not reach; aerial cable in undergrounding zones."
            )
        )
        {
            plan,
            output,
            zonesFile,
            reach,
            date,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
                Run(
                    parse.GetValue(plan)!,
                    parse.GetValue(output)!,
                    parse.GetValue(zonesFile),
                    parse.GetValue(reach),
                    parse.GetValue(date) ?? DateOnly.FromDateTime(DateTime.Today)
                )
            )
        );
        return command;
    }

    private static int Run(DirectoryInfo planDir, DirectoryInfo outDir, FileInfo? zonesFile, double reachM, DateOnly date)
    {
        if (!planDir.Exists)
            throw new CliError($"--plan: không có thư mục '{planDir.FullName}'.", $"--plan: folder '{planDir.FullName}' does not exist.");
        if (zonesFile is { Exists: false })
            throw new CliError($"--zones: không có tệp '{zonesFile.FullName}'.", $"--zones: file '{zonesFile.FullName}' does not exist.");
        if (!(reachM >= 0))
            throw new CliError($"--reach-m: {reachM} không được âm.", $"--reach-m: {reachM} must not be negative.");
        var bundle = PlanBundleReader.Read(planDir.FullName, ValidatedPlans.ForThisUser());
        var zones = zonesFile is null
            ? UndergroundingZoneReader.FromBundle(planDir.FullName)
            : UndergroundingZoneReader.Read(zonesFile.FullName);
        var report = FiberAnalysis.Run(bundle, zones, date, reachM);
        if (report.Reach.Count == 0)
            throw new CliError(
                $"--date: quy hoạch không có xã, phường nào có hiệu lực vào ngày {date:dd/MM/yyyy}.",
                $"--date: the plan has no commune valid on {date:yyyy-MM-dd}."
            );
        var folder = AtomicFile.Folder(outDir, "--out");
        var tables = new AnalysisTables(folder, "fiber.xlsx");

        tables.Add(
            "fiber-lengths.csv",
            ("Chiều dài cáp quang", "Fiber lengths"),
            [
                ("Huyện", "district"),
                ("Chủ sở hữu", "owner"),
                ("Cách lắp đặt", "laying"),
                ("Số tuyến", "routes"),
                ("Chiều dài (km)", "length_km"),
            ],
            report
                .ByOwnerAndLaying.Concat(report.ByDistrict)
                .Select(f =>
                    (IReadOnlyList<object?>)
                        [
                            f.District ?? CliText.T("(toàn tỉnh)", "(province)"),
                            f.Owner,
                            CliText.T(LayingVi(f.Laying), f.Laying.ToString().ToLowerInvariant()),
                            f.Routes,
                            Math.Round(f.LengthKm, 3),
                        ]
                )
        );
        tables.Add(
            "fiber-reach.csv",
            ("Cáp quang đến trụ sở xã", "Reach of headquarters"),
            [
                ("Mã xã", "commune_code"),
                ("Xã, phường", "commune"),
                ("Vị trí tính khoảng cách", "headquarters_from"),
                ("Tuyến cáp gần nhất", "nearest_route"),
                ("Khoảng cách đến tuyến cáp (m)", "distance_m"),
                ("Đã có cáp quang đến", "reached"),
            ],
            report.Reach.Select(r =>
                (IReadOnlyList<object?>)
                    [
                        r.Headquarters.Commune.Code,
                        r.Headquarters.Commune.FullName,
                        HeadquartersFrom(r.Headquarters),
                        r.NearestRouteId,
                        Math.Round(r.DistanceM, 1),
                        r.Reached,
                    ]
            )
        );
        tables.Add(
            "undergrounding.csv",
            ("Ngầm hóa cáp", "Undergrounding"),
            [
                ("Chủ sở hữu", "owner"),
                ("Mã tuyến", "route"),
                ("Tên tuyến", "route_name"),
                ("Mã vùng", "zone"),
                ("Vùng ngầm hóa", "zone_name"),
                ("Chiều dài cáp treo trong vùng (m)", "aerial_length_m"),
            ],
            report.Undergrounding.Select(u =>
                (IReadOnlyList<object?>)[u.Owner, u.RouteId, u.RouteName, u.ZoneId, u.ZoneName, Math.Round(u.LengthM, 1)]
            )
        );

        var workbook = tables.WriteWorkbook();
        var err = Console.Error;
        err.WriteLine(
            CliText.T(
                $"{bundle.FiberRoutes.Count:N0} tuyến, {report.ByOwnerAndLaying.Sum(f => f.LengthKm):N1} km: ",
                $"{bundle.FiberRoutes.Count:N0} routes, {report.ByOwnerAndLaying.Sum(f => f.LengthKm):N1} km: "
            )
                + string.Join(
                    "; ",
                    report.ByOwnerAndLaying.Select(f =>
                        CliText.T(
                            $"{f.Owner} {LayingVi(f.Laying)} {f.Routes} tuyến {f.LengthKm:N1} km",
                            $"{f.Owner} {f.Laying.ToString().ToLowerInvariant()} {f.Routes} routes {f.LengthKm:N1} km"
                        )
                    )
                )
        );
        var unreached = report.Unreached.ToList();
        err.WriteLine(
            CliText.T(
                $"{unreached.Count} trên {report.Reach.Count} xã, phường cách cáp quang xa hơn {reachM:N0} m",
                $"{unreached.Count} of {report.Reach.Count} communes lie farther than {reachM:N0} m from fiber"
            )
                + (
                    unreached.Count == 0
                        ? ""
                        : ": "
                            + string.Join(
                                ", ",
                                unreached.Select(r =>
                                    string.Create(CliText.Culture, $"{r.Headquarters.Commune.FullName} ({r.DistanceM:N0} m)")
                                )
                            )
                )
        );
        err.WriteLine(
            CliText.T(
                $"{zones.Count} vùng ngầm hóa; cáp treo trong các vùng đó: ",
                $"{zones.Count} undergrounding zones; aerial cable inside them: "
            )
                + (
                    report.Undergrounding.Count == 0
                        ? CliText.T("không có", "none")
                        : string.Join(
                            "; ",
                            report.UndergroundingByOwner.Select(o => string.Create(CliText.Culture, $"{o.Owner} {o.LengthM:N0} m"))
                        )
                )
        );
        err.WriteLine(
            CliText.T(
                $"đã ghi fiber-lengths.csv, fiber-reach.csv, undergrounding.csv và {workbook} (cả ba bảng) vào {folder}",
                $"wrote fiber-lengths.csv, fiber-reach.csv, undergrounding.csv and {workbook} (all three tables) to {folder}"
            )
        );
        return 0;
    }

    /// <summary>Where a commune's distances are measured from: its people's committee, or a point inside it when the plan has none.</summary>
    internal static string HeadquartersFrom(TelecomGis.Core.Coverage.CommuneHeadquarters headquarters) =>
        CliText.T(headquarters.FromHeadquartersZone ? "trụ sở UBND" : "điểm bên trong địa giới (không có trụ sở)", headquarters.Source);

    private static string LayingVi(TelecomGis.Core.Infrastructure.Laying laying) =>
        laying == TelecomGis.Core.Infrastructure.Laying.Aerial ? "treo" : "ngầm";
}
