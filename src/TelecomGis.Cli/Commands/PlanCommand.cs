using System.CommandLine;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Cli.Commands;

/// <summary><c>plan info --plan DIR</c>: the plan's version and what each layer holds, to check a bundle before appraising against it.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var planDir = new Option<DirectoryInfo>("--plan") { Description = "The plan bundle folder.", Required = true };
        var info = new Command("info", "Show a plan bundle's version, layer counts and rule table.") { planDir };
        info.SetAction(parse =>
            CliError.Guard(() =>
            {
                var plan = PlanBundleReader.Read(parse.GetValue(planDir)!.FullName);
                var o = Console.Out;
                o.WriteLine($"{plan.Metadata.PlanName}");
                o.WriteLine($"province   {plan.Province.Name} ({plan.Province.Code}), EPSG:{plan.Province.Epsg}");
                o.WriteLine($"department {plan.Metadata.DepartmentNameVi}");
                o.WriteLine($"version    {plan.Version.Hash}");
                o.WriteLine(
                    $"communes {plan.Communes.Count}, zones {plan.Zones.Count}, planned positions {plan.PlannedPositions.Count}, restricted areas {plan.RestrictedAreas.Count}, "
                        + $"airports {plan.Airports.Count}, sites {plan.Sites.Count}, sensitive places {plan.SensitivePlaces.Count}, fiber routes {plan.FiberRoutes.Count}, postal points {plan.PostalPoints.Count}"
                );
                foreach (var p in plan.Rules.Parameters)
                {
                    o.WriteLine($"  {p.Key, -40} {p.Value, 10} {p.Unit, -5} {p.Citation}");
                }
                return 0;
            })
        );
        return new Command("plan", "Inspect plan bundles.") { info };
    }
}
