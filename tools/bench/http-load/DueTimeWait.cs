using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TelecomGis.HttpLoad;

/// <summary>
/// Waits until a Stopwatch tick without burning a core. Thread.Sleep only sleeps whole milliseconds (≈ 1.06 ms on Linux),
/// too coarse for a request due every 2 ms, and spinning to the tick kept one of this machine's two cores busy for the
/// whole run, taking it from the server being measured. On Linux, nanosleep wakes within the timer slack (50 µs); a
/// short spin covers the rest. Elsewhere it falls back to sleeping whole milliseconds, then spinning.
/// </summary>
internal static partial class DueTimeWait
{
    private const long SpinBelowNs = 60_000;

    public static void Until(Stopwatch clock, long dueTicks)
    {
        while (true)
        {
            var remainingNs = (dueTicks - clock.ElapsedTicks) * 1_000_000_000.0 / Stopwatch.Frequency;
            if (remainingNs <= 0)
                return;
            if (remainingNs < SpinBelowNs)
                Thread.SpinWait(20);
            else if (OperatingSystem.IsLinux())
                Sleep((long)remainingNs - SpinBelowNs / 2);
            else if (remainingNs > 1_500_000)
                Thread.Sleep(1);
            else
                Thread.SpinWait(20);
        }
    }

    private static void Sleep(long nanoseconds)
    {
        var request = new TimeSpec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
        _ = NanoSleep(ref request, IntPtr.Zero);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "nanosleep", SetLastError = true)]
    private static partial int NanoSleep(ref TimeSpec request, IntPtr remaining);
}
