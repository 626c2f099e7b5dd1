using System.Diagnostics;
using System.Globalization;

namespace TelecomGis.Core.Tests.Geodesy;

/// <summary>
/// PROJ's own pipelines as a second oracle: <c>projinfo</c> lists every operation PROJ knows between two systems, and <c>cct</c> runs the
/// one a test names, so a test can force EPSG:6960 where cs2cs would pick EPSG:5194 (PLATFORM.md). A missing tool fails, never skips.
/// </summary>
internal static class ProjPipeline
{
    /// <summary>The PROJ string of the operation WGS 84 → <paramref name="targetEpsg"/> whose description names <paramref name="operation"/>.</summary>
    public static string Find(int targetEpsg, string operation)
    {
        var output = Run(
            "projinfo",
            ["-s", "EPSG:4326", "-t", $"EPSG:{targetEpsg}", "--spatial-test", "intersects", "-o", "PROJ", "--single-line"],
            null
        );
        var lines = output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains(operation, StringComparison.Ordinal))
                continue;
            for (var k = i + 1; k < lines.Length; k++)
            {
                if (lines[k].StartsWith("+proj=pipeline", StringComparison.Ordinal))
                    return lines[k].Trim();
            }
        }
        throw new InvalidOperationException($"projinfo lists no operation '{operation}' to EPSG:{targetEpsg}:\n{output}");
    }

    /// <summary>Runs a pipeline whose input is latitude, longitude (degrees) and whose output is easting, northing.</summary>
    public static IReadOnlyList<(double EastingM, double NorthingM)> Forward(
        string pipeline,
        IReadOnlyList<(double LonDeg, double LatDeg)> points
    )
    {
        var inv = CultureInfo.InvariantCulture;
        var input = string.Concat(points.Select(p => string.Create(inv, $"{p.LatDeg:R} {p.LonDeg:R} 0\n")));
        var output = Run("cct", ["-d", "6", .. pipeline.Split(' ', StringSplitOptions.RemoveEmptyEntries)], input);
        return output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                var f = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
                return (double.Parse(f[0], inv), double.Parse(f[1], inv));
            })
            .ToList();
    }

    private static string Run(string tool, IEnumerable<string> args, string? stdin)
    {
        var psi = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not on PATH: install PROJ's command-line tools (apt-get install proj-bin).", e);
        }
        using (process)
        {
            if (stdin is not null)
                process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors}");
            return output;
        }
    }
}
