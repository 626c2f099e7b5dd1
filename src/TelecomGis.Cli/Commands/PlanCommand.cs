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
                // The plan is known to the department by its approving decision: that comes first. Its hash is for machines and
                // is written last, labelled as such.
                if (plan.Metadata.Approval is { } approval)
                {
                    var (approvedVi, approvedEn) = Core.Planning.PlanVersionWords.Decision(approval);
                    o.WriteLine(CliText.T($"phê duyệt  {approvedVi}", $"approved   {approvedEn}"));
                }
                else
                {
                    o.WriteLine(CliText.T("phê duyệt  chưa có quyết định phê duyệt", "approved   no approving decision yet"));
                }
                o.WriteLine(CliText.T("cơ quan    ", "department ") + plan.Metadata.DepartmentNameVi);
                o.WriteLine(
                    CliText.T("tỉnh       ", "province   ") + $"{plan.Province.Name} ({plan.Province.Code}), EPSG:{plan.Province.Epsg}"
                );
                var (transformationVi, transformationEn) = plan.Province.Transformation.Describe();
                o.WriteLine(CliText.T("chuyển đổi ", "datum      ") + CliText.T(transformationVi, transformationEn));
                o.WriteLine(
                    CliText.T(
                        $"số đối tượng: xã, phường {plan.Communes.Count:N0}, vùng quy hoạch {plan.Zones.Count:N0}, vị trí quy hoạch {plan.PlannedPositions.Count:N0}, khu vực hạn chế {plan.RestrictedAreas.Count:N0}, "
                            + $"cảng hàng không, sân bay {plan.Airports.Count:N0}, trạm {plan.Sites.Count:N0}, điểm nhạy cảm {plan.SensitivePlaces.Count:N0}, tuyến cáp quang {plan.FiberRoutes.Count:N0}, điểm bưu chính {plan.PostalPoints.Count:N0}",
                        $"communes {plan.Communes.Count}, zones {plan.Zones.Count}, planned positions {plan.PlannedPositions.Count}, restricted areas {plan.RestrictedAreas.Count}, "
                            + $"airports {plan.Airports.Count}, sites {plan.Sites.Count}, sensitive places {plan.SensitivePlaces.Count}, fiber routes {plan.FiberRoutes.Count}, postal points {plan.PostalPoints.Count}"
                    )
                );
                o.WriteLine(
                    CliText.T(
                        "bảng quy định (khóa trong rules.csv ở cuối mỗi dòng):",
                        "rule table (its rules.csv key at the end of each row):"
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
                // The content's SHA-256: the code that names this version in the store, the API's addresses and every result file.
                o.WriteLine(
                    CliText.T("mã phiên bản dùng cho máy (SHA-256 các tệp của gói; dùng trong API và các tệp kết quả): ", "version    ")
                        + plan.Version.Hash
                );
                return 0;
            })
        );
        return new Command("plan", CliText.T("Xem các gói quy hoạch.", "Inspect plan bundles.")) { info };
    }
}
