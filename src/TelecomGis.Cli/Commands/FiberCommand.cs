using System.CommandLine;
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
        var plan = new Option<DirectoryInfo>("--plan") { Description = "The plan bundle folder, e.g. data/quang-ninh.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the tables (created when missing).", Required = true };
        var zonesFile = new Option<FileInfo?>("--zones")
        {
            Description = "Undergrounding zones (GeoJSON polygons with id, name); default: the bundle's.",
        };
        var reach = new Option<double>("--reach-m")
        {
            Description = "A headquarters farther than this from every route is not reached, metres.",
            DefaultValueFactory = _ => FiberAnalysis.DefaultReachThresholdM,
        };
        var date = new Option<DateOnly?>("--date") { Description = "Use the communes valid on this date (default: today)." };
        var command = new Command(
            "fiber",
            "Fiber lengths per owner, laying and district; communes fiber does not reach; aerial cable in undergrounding zones."
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
            throw new CliError($"--plan: folder '{planDir.FullName}' does not exist.");
        if (zonesFile is { Exists: false })
            throw new CliError($"--zones: file '{zonesFile.FullName}' does not exist.");
        if (!(reachM >= 0))
            throw new CliError($"--reach-m: {reachM} must not be negative.");
        var bundle = PlanBundleReader.Read(planDir.FullName);
        var zones = zonesFile is null
            ? UndergroundingZoneReader.FromBundle(planDir.FullName)
            : UndergroundingZoneReader.Read(zonesFile.FullName);
        var report = FiberAnalysis.Run(bundle, zones, date, reachM);
        if (report.Reach.Count == 0)
            throw new CliError($"--date: the plan has no commune valid on {date:yyyy-MM-dd}.");
        var folder = AtomicFile.Folder(outDir, "--out");

        CsvTable.Write(
            Path.Combine(folder, "fiber-lengths.csv"),
            ["district", "owner", "laying", "routes", "length_km"],
            report
                .ByOwnerAndLaying.Concat(report.ByDistrict)
                .Select(f =>
                    (IReadOnlyList<object?>)
                        [f.District ?? "(province)", f.Owner, f.Laying.ToString().ToLowerInvariant(), f.Routes, Math.Round(f.LengthKm, 3)]
                )
        );
        CsvTable.Write(
            Path.Combine(folder, "fiber-reach.csv"),
            ["commune_code", "commune", "headquarters_from", "nearest_route", "distance_m", "reached"],
            report.Reach.Select(r =>
                (IReadOnlyList<object?>)
                    [
                        r.Headquarters.Commune.Code,
                        r.Headquarters.Commune.FullName,
                        r.Headquarters.Source,
                        r.NearestRouteId,
                        Math.Round(r.DistanceM, 1),
                        r.Reached,
                    ]
            )
        );
        CsvTable.Write(
            Path.Combine(folder, "undergrounding.csv"),
            ["owner", "route", "route_name", "zone", "zone_name", "aerial_length_m"],
            report.Undergrounding.Select(u =>
                (IReadOnlyList<object?>)[u.Owner, u.RouteId, u.RouteName, u.ZoneId, u.ZoneName, Math.Round(u.LengthM, 1)]
            )
        );

        var err = Console.Error;
        err.WriteLine(
            $"{bundle.FiberRoutes.Count:N0} routes, {report.ByOwnerAndLaying.Sum(f => f.LengthKm):N1} km: "
                + string.Join(
                    "; ",
                    report.ByOwnerAndLaying.Select(f =>
                        $"{f.Owner} {f.Laying.ToString().ToLowerInvariant()} {f.Routes} routes {f.LengthKm:N1} km"
                    )
                )
        );
        var unreached = report.Unreached.ToList();
        err.WriteLine(
            $"{unreached.Count} of {report.Reach.Count} communes lie farther than {reachM:N0} m from fiber"
                + (
                    unreached.Count == 0
                        ? ""
                        : ": " + string.Join(", ", unreached.Select(r => $"{r.Headquarters.Commune.FullName} ({r.DistanceM:N0} m)"))
                )
        );
        err.WriteLine(
            $"{zones.Count} undergrounding zones; aerial cable inside them: "
                + (
                    report.Undergrounding.Count == 0
                        ? "none"
                        : string.Join("; ", report.UndergroundingByOwner.Select(o => $"{o.Owner} {o.LengthM:N0} m"))
                )
        );
        err.WriteLine($"wrote fiber-lengths.csv, fiber-reach.csv, undergrounding.csv to {folder}");
        return 0;
    }
}
