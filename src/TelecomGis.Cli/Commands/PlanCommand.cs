using System.CommandLine;
using System.Globalization;
using TelecomGis.Cli;
using TelecomGis.Core.Geodesy;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Cli.Commands;

/// <summary><c>plan info --plan DIR</c>: the plan's version and what each layer holds, to check a bundle before appraising against it.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var planDir = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Thư mục gói quy hoạch.", "The plan bundle folder."),
            Required = true,
        };
        var info = new Command(
            "info",
            CliText.T(
                "Xem phiên bản, số đối tượng của từng lớp và bảng quy định của một gói quy hoạch.",
                "Show a plan bundle's version, layer counts and rule table."
            )
        )
        {
            planDir,
        };
        info.SetAction(parse =>
            CliError.Guard(() =>
            {
                var plan = PlanBundleReader.Read(parse.GetValue(planDir)!.FullName, ValidatedPlans.ForThisUser());
                var o = Console.Out;
                o.WriteLine($"{plan.Metadata.PlanName}");
                o.WriteLine(
                    CliText.T("tỉnh       ", "province   ") + $"{plan.Province.Name} ({plan.Province.Code}), EPSG:{plan.Province.Epsg}"
                );
                var (transformationVi, transformationEn) = plan.Province.Transformation.Describe();
                o.WriteLine(CliText.T("chuyển đổi ", "datum      ") + CliText.T(transformationVi, transformationEn));
                o.WriteLine(CliText.T("cơ quan    ", "department ") + plan.Metadata.DepartmentNameVi);
                if (plan.Metadata.Approval is { } approval)
                {
                    var (approvedVi, approvedEn) = Core.Planning.PlanVersionWords.Decision(approval);
                    o.WriteLine(CliText.T($"phê duyệt  {approvedVi}", $"approved   {approvedEn}"));
                }
                // The content's SHA-256: the code that names this version in the store, the API's addresses and every result file.
                o.WriteLine(CliText.T("mã phiên bản ", "version    ") + plan.Version.Hash);
                o.WriteLine(
                    CliText.T(
                        $"xã, phường {plan.Communes.Count}, vùng quy hoạch {plan.Zones.Count}, vị trí quy hoạch {plan.PlannedPositions.Count}, khu vực hạn chế {plan.RestrictedAreas.Count}, "
                            + $"cảng hàng không, sân bay {plan.Airports.Count}, trạm {plan.Sites.Count}, điểm nhạy cảm {plan.SensitivePlaces.Count}, tuyến cáp quang {plan.FiberRoutes.Count}, điểm bưu chính {plan.PostalPoints.Count}",
                        $"communes {plan.Communes.Count}, zones {plan.Zones.Count}, planned positions {plan.PlannedPositions.Count}, restricted areas {plan.RestrictedAreas.Count}, "
                            + $"airports {plan.Airports.Count}, sites {plan.Sites.Count}, sensitive places {plan.SensitivePlaces.Count}, fiber routes {plan.FiberRoutes.Count}, postal points {plan.PostalPoints.Count}"
                    )
                );
                // Each row by what it is, then its figure, its legal source and its key in rules.csv (where the department edits it).
                foreach (var p in plan.Rules.Parameters)
                {
                    var what = Core.Planning.RuleTableLimits.Describe(p.RuleId, p.Name) is { } d ? CliText.T(d.Vi, d.En) : p.Key;
                    // A year is written as a year ("2027", not "2.027 year"): the row's words already say it is one.
                    var figure =
                        p.Unit == "year"
                            ? p.Value.ToString("0", CultureInfo.InvariantCulture)
                            : $"{p.Value.ToString("#,0.###", CliText.English ? CultureInfo.InvariantCulture : InVietnamese.Culture)} {p.Unit}";
                    o.WriteLine($"  {what}: {figure} ({p.Citation}) [{p.Key}]");
                }
                return 0;
            })
        );
        return new Command("plan", CliText.T("Xem các gói quy hoạch.", "Inspect plan bundles.")) { info };
    }
}
