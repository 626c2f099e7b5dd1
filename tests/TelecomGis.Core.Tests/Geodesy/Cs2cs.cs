using System.Diagnostics;
using System.Globalization;

namespace TelecomGis.Core.Tests.Geodesy;

/// <summary>Runs PROJ's cs2cs as the outside oracle. CI installs proj-bin, so a missing cs2cs fails rather than skips.</summary>
internal static class Cs2cs
{
    /// <summary>Projects WGS 84 points into a VN-2000 system; cs2cs reads EPSG:4326 latitude first.</summary>
    public static IReadOnlyList<(double EastingM, double NorthingM)> Forward(int epsg, IReadOnlyList<(double LonDeg, double LatDeg)> points)
    {
        var inv = CultureInfo.InvariantCulture;
        var psi = new ProcessStartInfo("cs2cs")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-f", "%.6f", "EPSG:4326", $"EPSG:{epsg}" })
            psi.ArgumentList.Add(a);

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("cs2cs did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "cs2cs is not on PATH: install PROJ's command-line tools (apt-get install proj-bin). CI installs them; this test must not be skipped.",
                e
            );
        }

        using (process)
        {
            foreach (var (lon, lat) in points)
                process.StandardInput.WriteLine(string.Create(inv, $"{lat:R} {lon:R}"));
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"cs2cs failed ({process.ExitCode}): {errors}");
            return output
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line =>
                {
                    var f = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
                    return (double.Parse(f[0], inv), double.Parse(f[1], inv));
                })
                .ToList();
        }
    }
}
