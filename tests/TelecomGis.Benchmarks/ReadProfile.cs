using System.Diagnostics;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Benchmarks;

/// <summary>
/// <c>--read-profile FILE.csv</c>: reads and validates a batch file four times in one process, as the CLI does, printing the time
/// and the bytes allocated a row (the first pass pays the JIT).
/// </summary>
internal static class ReadProfile
{
    public static void Run(string path, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var a0 = GC.GetTotalAllocatedBytes(true);
            var c = Stopwatch.StartNew();
            using var s = File.OpenRead(path);
            var rows = SubmissionFile.Read(s, SubmissionFileFormat.Csv, "x.csv");
            var t = c.Elapsed;
            var a1 = GC.GetTotalAllocatedBytes(true);
            Console.WriteLine(
                $"pass {i + 1}: {rows.Count} rows in {t.TotalMilliseconds:F0} ms, {(a1 - a0) / 1e6:F1} MB = {(a1 - a0) / rows.Count} B a row"
            );
        }
    }
}
