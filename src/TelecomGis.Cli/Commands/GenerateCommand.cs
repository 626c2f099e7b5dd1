using System.CommandLine;
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
            Description = "Random seed: the same seed gives the same bytes.",
            DefaultValueFactory = _ => BundleGenerator.DefaultSeed,
        };

        var sources = new Option<DirectoryInfo>("--sources")
        {
            Description = "The real public data (admin/, airports/).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "sources")),
        };
        var bundleOut = new Option<DirectoryInfo>("--out") { Description = "Where to write the bundle.", Required = true };
        var bundle = new Command(
            "bundle",
            "Generate the Quảng Ninh bundle: real boundaries and airports, seeded synthetic plan and infrastructure."
        )
        {
            bundleOut,
            sources,
            seed,
        };
        bundle.SetAction(parse =>
            CliError.Guard(() =>
            {
                var src = parse.GetValue(sources)!;
                if (!Directory.Exists(Path.Combine(src.FullName, "admin")))
                    throw new CliError(
                        $"--sources: '{src.FullName}' has no admin/ folder; pass the folder holding admin/ and airports/ (data/sources in the repository)."
                    );
                var plan = BundleGenerator.Generate(
                    src.FullName,
                    parse.GetValue(bundleOut)!.FullName,
                    parse.GetValue(seed),
                    new Progress<string>(Console.Error.WriteLine)
                );
                Console.Error.WriteLine(
                    $"bundle written: {plan.Sites.Count:N0} sites, {plan.Zones.Count:N0} zones, {plan.PlannedPositions.Count:N0} planned positions, version {plan.Version.Short}"
                );
                return 0;
            })
        );

        var plan = new Option<DirectoryInfo>("--plan") { Description = "The plan bundle the sites are proposed in.", Required = true };
        var count = new Option<int>("--count")
        {
            Description = "How many sites (the 2015 report's nine months: 279).",
            DefaultValueFactory = _ => 279,
        };
        var badRows = new Option<double>("--bad-rows")
        {
            Description = "Share of deliberately malformed rows (0–1), to exercise rejection.",
            DefaultValueFactory = _ => 0,
        };
        var proposalsOut = new Option<FileInfo?>("--out") { Description = "CSV file to write (default: stdout)." };
        var proposals = new Command("proposals", "Generate proposed sites in the submission CSV format.")
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
                    throw new CliError("--count must be 0 or more.");
                if (share is < 0 or > 1)
                    throw new CliError("--bad-rows must be between 0 and 1.");
                var bundlePlan = PlanBundleReader.Read(parse.GetValue(plan)!.FullName);
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
                Console.Error.WriteLine($"{n:N0} proposed sites written to {target.FullName}");
                return 0;
            })
        );

        return new Command("generate", "Generate synthetic data: a province bundle or load sets of proposed sites.") { bundle, proposals };
    }
}
