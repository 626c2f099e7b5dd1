using System.CommandLine;
using TelecomGis.Cli;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Coverage.Resilience;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>resilience --plan DIR --out DIR (--hazard FILE | --failed-sites ID,ID…)</c>: the communes that lose coverage when the sites
/// inside a hazard area (or the listed sites) fail, and the people in them (resilience.csv); the failed sites (failed-sites.csv).
/// </summary>
internal static class ResilienceCommand
{
    public static Command Create(Func<double, PropagationEnvironment, IPathLossModel> modelFor)
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
        var hazard = new Option<FileInfo?>("--hazard")
        {
            Description = CliText.T(
                "Tệp GeoJSON các đa giác vùng thiên tai (WGS 84): các trạm bên trong coi là mất hoạt động.",
                "A GeoJSON file of hazard polygons (WGS 84): the sites inside fail."
            ),
        };
        var failed = new Option<string?>("--failed-sites")
        {
            Description = CliText.T(
                "Mã các trạm mất hoạt động, cách nhau bằng dấu phẩy (ví dụ QN-S00001,QN-S00002).",
                "Comma-separated ids of failed sites (e.g. QN-S00001,QN-S00002)."
            ),
        };
        var radio = new CoverageOptions();
        var propagation = new CoverageModelOptions();
        var command = new Command(
            "resilience",
            CliText.T(
                "Các xã, phường và số người mất sóng khi các trạm trong vùng thiên tai, hoặc các trạm được liệt kê, mất hoạt động.",
                "Communes and people losing coverage when sites in a hazard area, or listed sites, fail."
            )
        )
        {
            plan,
            output,
            hazard,
            failed,
        };
        foreach (var o in radio.All.Concat(propagation.All))
            command.Options.Add(o);
        command.SetAction(
            (parse, ct) =>
                Task.FromResult(
                    CliError.Guard(() =>
                        Run(
                            parse.GetValue(plan)!,
                            parse.GetValue(output)!,
                            parse.GetValue(hazard),
                            parse.GetValue(failed),
                            radio.Read(parse),
                            modelFor,
                            propagation.Read(parse),
                            ct
                        )
                    )
                )
        );
        return command;
    }

    private static int Run(
        DirectoryInfo planDir,
        DirectoryInfo outDir,
        FileInfo? hazardFile,
        string? failedList,
        CoverageParameters parameters,
        Func<double, PropagationEnvironment, IPathLossModel> modelFor,
        CoverageModel model,
        CancellationToken ct
    )
    {
        if (!planDir.Exists)
            throw new CliError($"--plan: không có thư mục '{planDir.FullName}'.", $"--plan: folder '{planDir.FullName}' does not exist.");
        if ((hazardFile is null) == string.IsNullOrWhiteSpace(failedList))
            throw new CliError(
                "ghi một trong hai: --hazard TỆP hoặc --failed-sites MÃ,MÃ.",
                "give either --hazard FILE or --failed-sites ID,ID (one of them)."
            );
        if (hazardFile is { Exists: false })
            throw new CliError(
                $"--hazard: không có tệp '{hazardFile.FullName}'.",
                $"--hazard: file '{hazardFile.FullName}' does not exist."
            );
        var bundle = PlanBundleReader.Read(planDir.FullName);
        var sites = bundle.Sites.ToDictionary(s => s.Id, StringComparer.Ordinal);
        IReadOnlySet<string> failedIds;
        if (hazardFile is not null)
        {
            failedIds = ResilienceAnalysis.SitesInside(bundle.Sites, HazardAreaReader.Read(hazardFile.FullName));
        }
        else
        {
            var ids = failedList!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = ids.Where(id => !sites.ContainsKey(id)).ToList();
            if (unknown.Count > 0)
                throw new CliError(
                    $"--failed-sites: quy hoạch không có trạm {string.Join(", ", unknown)}.",
                    $"--failed-sites: the plan has no site {string.Join(", ", unknown)}."
                );
            failedIds = ids.ToHashSet(StringComparer.Ordinal);
        }

        var inputs = CoverageInputs.FromPlan(bundle, parameters, modelFor);
        var before = model.Compute(inputs, parameters, ct, CliText.T("Vùng phủ trước sự cố", "Coverage before"));
        var after = model.Compute(inputs.WithoutSites(failedIds), parameters, ct, CliText.T("Vùng phủ sau sự cố", "Coverage after"));
        var losses = ResilienceAnalysis.Compare(before, after);
        var folder = AtomicFile.Folder(outDir, "--out");

        CsvTable.Write(
            Path.Combine(folder, "resilience.csv"),
            [
                "commune_code",
                "commune",
                "technology",
                "population",
                "population_covered_before",
                "population_covered_after",
                "people_losing_coverage",
                "area_share_before",
                "area_share_after",
            ],
            losses.Select(l =>
                (IReadOnlyList<object?>)
                    [
                        l.Commune.Code,
                        l.Commune.FullName,
                        l.Technology.Label(),
                        l.Commune.Population,
                        Math.Round(l.PopulationCoveredBefore),
                        Math.Round(l.PopulationCoveredAfter),
                        Math.Round(l.PeopleLosingCoverage),
                        Math.Round(l.AreaShareBefore, 4),
                        Math.Round(l.AreaShareAfter, 4),
                    ]
            )
        );
        // The bundle's sites.geojson has no backup-power property: the column says so rather than guess.
        CsvTable.Write(
            Path.Combine(folder, "failed-sites.csv"),
            ["site_id", "carrier", "code", "sectors", "backup_power"],
            failedIds
                .Order(StringComparer.Ordinal)
                .Select(id => (IReadOnlyList<object?>)[id, sites[id].Carrier, sites[id].Code, sites[id].Sectors.Count, "not recorded"])
        );

        var err = Console.Error;
        err.WriteLine(
            CliText.T(
                $"{failedIds.Count} trên {bundle.Sites.Count} trạm mất hoạt động; gói dữ liệu không ghi nguồn điện dự phòng nên mỗi trạm đều coi là ngừng phát",
                $"{failedIds.Count} of {bundle.Sites.Count} sites fail; backup power is not recorded in this bundle, so each is taken as down"
            )
        );
        foreach (var technology in Enum.GetValues<Technology>())
        {
            var t = losses.Where(l => l.Technology == technology).ToList();
            if (t.Count == 0)
                continue;
            err.WriteLine(
                CliText.T(
                    $"{technology.Label()}: {t.Count} xã, phường mất sóng, {t.Sum(l => l.PeopleLosingCoverage):N0} người; nhiều nhất: ",
                    $"{technology.Label()}: {t.Count} communes lose coverage, {t.Sum(l => l.PeopleLosingCoverage):N0} people; most: "
                ) + string.Join(", ", t.Take(5).Select(l => $"{l.Commune.FullName} {l.PeopleLosingCoverage:N0}"))
            );
        }
        if (losses.Count == 0)
            err.WriteLine(CliText.T("không xã, phường nào mất sóng", "no commune loses coverage"));
        err.WriteLine(
            CliText.T($"đã ghi resilience.csv, failed-sites.csv vào {folder}", $"wrote resilience.csv, failed-sites.csv to {folder}")
        );
        model.WriteReport(folder);
        return 0;
    }
}
