using System.Diagnostics;

namespace TelecomGis.Reports.Tests;

/// <summary>
/// Runs a command-line reader (poppler's pdftotext, GDAL's ogrinfo) on a file. A missing tool is a failed test, never a skipped one:
/// tools/test.sh installs it, and a run without it has not checked what the letter says.
/// </summary>
internal static class ExternalTool
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed (Debian poppler-utils, gdal-bin); tools/test.sh installs them.",
                e
            );
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }
}
