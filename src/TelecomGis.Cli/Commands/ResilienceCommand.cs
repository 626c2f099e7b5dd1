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
/// inside a hazard area (or the listed sites) fail, and the people in them (resilience.csv); the failed sites (failed-sites.csv);
/// the critical sites with their backup power (critical-sites.csv, .geojson). With <c>--hours</c> a site whose backup power lasts
/// the hazard's duration stays on air.
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
        var hours = new Option<double?>("--hours")
        {
            Description = CliText.T(
                "Thời gian mất điện lưới do thiên tai (giờ): trạm có nguồn dự phòng đủ số giờ này vẫn phát sóng.",
                "How long the hazard cuts grid power (hours): a site whose backup power lasts that long stays on air."
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
            hours,
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
                            parse.GetValue(hours),
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
        double? hoursH,
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
        if (hoursH is { } h && (h < 0 || !double.IsFinite(h)))
            throw new CliError(
                $"--hours: {h} không hợp lệ; cần số giờ từ 0 trở lên.",
                $"--hours: {h} is not valid; give hours, 0 or more."
            );
        if (hoursH is not null && hazardFile is null)
            throw new CliError("--hours chỉ dùng cùng --hazard.", "--hours goes with --hazard only.");
        var bundle = PlanBundleReader.Read(planDir.FullName, ValidatedPlans.ForThisUser());
        IReadOnlyList<SiteOutage> outages = [];
        var sites = bundle.Sites.ToDictionary(s => s.Id, StringComparer.Ordinal);
        IReadOnlySet<string> failedIds;
        if (hazardFile is not null)
        {
            outages = SiteOutage.Inside(bundle.Sites, HazardAreaReader.Read(hazardFile.FullName), hoursH);
            failedIds = SiteOutage.DownIds(outages);
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
        var before = model.Compute(inputs, parameters, ct, CliText.T("Vùng phủ sóng trước sự cố", "Coverage before"));
        var after = model.Compute(inputs.WithoutSites(failedIds), parameters, ct, CliText.T("Vùng phủ sóng sau sự cố", "Coverage after"));
        var losses = ResilienceAnalysis.Compare(before, after);
        var folder = AtomicFile.Folder(outDir, "--out");
        var tables = new AnalysisTables(folder, "resilience.xlsx");

        tables.Add(
            "resilience.csv",
            ("Vùng phủ sóng theo xã", "Coverage by commune"),
            [
                ("Mã xã", "commune_code"),
                ("Xã, phường", "commune"),
                ("Công nghệ", "technology"),
                ("Dân số", "population"),
                ("Dân số được phủ sóng trước sự cố", "population_covered_before"),
                ("Dân số được phủ sóng sau sự cố", "population_covered_after"),
                ("Số người mất sóng", "people_losing_coverage"),
                ("Tỷ lệ diện tích được phủ sóng trước sự cố", "area_share_before"),
                ("Tỷ lệ diện tích được phủ sóng sau sự cố", "area_share_after"),
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
        // Backup power as recorded ("chưa ghi nhận", not recorded, rather than a guess); hours down over --hours, empty without it.
        var hoursDown = outages.ToDictionary(o => o.Site.Id, o => o.HoursDown, StringComparer.Ordinal);
        tables.Add(
            "failed-sites.csv",
            ("Trạm ngừng phát sóng", "Sites down"),
            [
                ("Mã vị trí", "site_id"),
                ("Doanh nghiệp", "carrier"),
                ("Mã trạm", "code"),
                ("Số ăng-ten", "sectors"),
                ("Nguồn dự phòng", "backup_power"),
                ("Số giờ ngừng phát sóng", "hours_down"),
            ],
            failedIds
                .Order(StringComparer.Ordinal)
                .Select(id =>
                    (IReadOnlyList<object?>)
                        [
                            id,
                            sites[id].Carrier,
                            sites[id].Code,
                            sites[id].Sectors.Count,
                            sites[id].BackupPowerHours is { } b
                                ? string.Create(CliText.Culture, $"{b} {CliText.T("giờ", "h")}")
                                : CliText.T("chưa ghi nhận", "not recorded"),
                            hoursDown.GetValueOrDefault(id),
                        ]
                )
        );
        // The critical sites, each with its backup power and whether the hazard reaches it: the list for the storm plan.
        var critical = CriticalSiteList.Of(bundle.Sites, outages);
        File.WriteAllText(
            Path.Combine(folder, "critical-sites.csv"),
            CriticalSiteList.Csv(critical, vietnamese: !CliText.English),
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)
        );
        File.WriteAllText(Path.Combine(folder, "critical-sites.geojson"), CriticalSiteList.GeoJson(critical));

        var workbook = tables.WriteWorkbook();
        var err = Console.Error;
        var carried = outages.Count(o => !o.GoesDown);
        err.WriteLine(
            hoursH is { } duration
                ? CliText.T(
                    $"{failedIds.Count:N0} trên {bundle.Sites.Count:N0} trạm mất hoạt động; {carried:N0} trạm trong vùng thiên tai có nguồn dự phòng đủ {duration} giờ nên vẫn phát sóng; trạm không ghi nguồn dự phòng coi là ngừng phát",
                    $"{failedIds.Count:N0} of {bundle.Sites.Count:N0} sites fail; {carried:N0} sites in the hazard have backup power for the {duration} hours and stay on air; a site with no backup power recorded is taken as down"
                )
                : CliText.T(
                    $"{failedIds.Count:N0} trên {bundle.Sites.Count:N0} trạm mất hoạt động; không có --hours nên mỗi trạm trong vùng đều coi là ngừng phát",
                    $"{failedIds.Count:N0} of {bundle.Sites.Count:N0} sites fail; without --hours every site inside is taken as down"
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
                )
                    + string.Join(
                        ", ",
                        t.Take(5).Select(l => string.Create(CliText.Culture, $"{l.Commune.FullName} {l.PeopleLosingCoverage:N0}"))
                    )
            );
        }
        if (losses.Count == 0)
            err.WriteLine(CliText.T("không xã, phường nào mất sóng", "no commune loses coverage"));
        err.WriteLine(
            CliText.T(
                $"đã ghi resilience.csv, failed-sites.csv, {workbook} (hai bảng đó), critical-sites.csv, critical-sites.geojson ({critical.Count} trạm trọng yếu) vào {folder}",
                $"wrote resilience.csv, failed-sites.csv, {workbook} (those two tables), critical-sites.csv, critical-sites.geojson ({critical.Count} critical sites) to {folder}"
            )
        );
        model.WriteReport(folder);
        return 0;
    }
}
