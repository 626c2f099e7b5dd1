using System.ComponentModel;
using System.Diagnostics;

namespace TelecomGis.Storage.Tests;

/// <summary>
/// Runs an outside reader or writer (GDAL's ogrinfo, gdalinfo, gdal_translate; GDAL's GeoPackage validator) and returns what it
/// said. A missing tool is a failed test, never a skipped one: tools/test.sh installs gdal-bin.
/// </summary>
internal static class ExternalTool
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{file} is needed by this test: apt-get install gdal-bin (tools/test.sh does).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await errors);
        }
    }
}
