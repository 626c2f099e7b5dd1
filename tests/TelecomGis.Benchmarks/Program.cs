using System.Globalization;
using BenchmarkDotNet.Running;
using TelecomGis.Benchmarks;

// dotnet run -c Release --project tests/TelecomGis.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/TelecomGis.Benchmarks -- --mix-profile [count]   (where the generated mix spends its time)
// dotnet run -c Release --project tests/TelecomGis.Benchmarks -- --read-profile FILE.csv   (a batch file read and validated: time, bytes a row)
// dotnet run -c Release --project tests/TelecomGis.Benchmarks -- --plan-load [times]   (the plan's read and index, cold then warm)
// dotnet run -c Release --project tests/TelecomGis.Benchmarks -- --write-profile FILE   (the ITM kernel's profile, for tools/bench/itm-peer.sh)
if (args is ["--write-profile", var path])
{
    var kernel = new PropagationBenchmarks();
    kernel.Setup();
    var (z, spacing) = kernel.Profile;
    File.WriteAllText(
        path,
        string.Join(',', new[] { (double)(z.Length - 1), spacing }.Concat(z).Select(v => v.ToString("R", CultureInfo.InvariantCulture)))
            + "\n"
    );
    Console.WriteLine($"{z.Length} samples at {spacing:F3} m; our ITM loss {kernel.ItmProfile():F4} dB");
    return;
}

if (args is ["--mix-profile", ..])
{
    MixProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
    return;
}

if (args is ["--read-profile", var file, ..])
{
    ReadProfile.Run(file, 4);
    return;
}

if (args is ["--plan-load", ..])
{
    PlanLoadProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
