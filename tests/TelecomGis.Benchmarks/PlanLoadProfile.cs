using System.Diagnostics;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Benchmarks;

/// <summary>
/// <c>--plan-load [times]</c>: reads data/quang-ninh and builds its index several times in one process, printing each pass. The
/// first pass is what a fresh CLI process pays (JIT included); the later ones are the work itself.
/// </summary>
internal static class PlanLoadProfile
{
    public static void Run(int times)
    {
        var dir = BundleLocator.QuangNinh();
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            var bundle = PlanBundleReader.Read(dir);
            var read = clock.Elapsed;
            var index = new PlanIndex(bundle, day);
            var built = clock.Elapsed;
            Console.WriteLine(
                $"pass {i + 1}: read {read.TotalMilliseconds:F0} ms, index {(built - read).TotalMilliseconds:F0} ms ({index.Sites.Count} sites), "
                    + $"GC pauses so far {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"
            );
        }
    }
}
