using System.Diagnostics;
using System.Globalization;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Tests.Geodesy;

/// <summary>VN-2000 geographic (EPSG:4756) to WGS 84, as a .prj written in degrees on the VN-2000 datum needs, held to PROJ's cs2cs.</summary>
public sealed class Vn2000GeographicTests
{
    /// <summary>Points away from the Mekong-delta blocks, where PROJ itself picks another transformation (PLATFORM.md).</summary>
    private static readonly (double LonDeg, double LatDeg)[] Points =
    [
        (107.97826, 21.53008), // Móng Cái
        (105.8342, 21.0278), // Hà Nội
        (108.2022, 16.0544), // Đà Nẵng
        (103.0, 22.4), // Lai Châu
    ];

    [Fact]
    public void ToWgs84_AgreesWithCs2cs_ToAMillimetre()
    {
        var inv = CultureInfo.InvariantCulture;
        var psi = new ProcessStartInfo("cs2cs")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "-f", "%.10f", "EPSG:4756", "EPSG:4326" })
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        foreach (var (lon, lat) in Points)
            process.StandardInput.WriteLine(string.Create(inv, $"{lat:R} {lon:R}")); // latitude first for both EPSG systems
        process.StandardInput.Close();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        Assert.Equal(Points.Length, lines.Length);

        for (var i = 0; i < Points.Length; i++)
        {
            var f = lines[i].Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            var (lat, lon) = (double.Parse(f[0], inv), double.Parse(f[1], inv));
            var (ourLon, ourLat) = Vn2000Geographic.ToWgs84(Points[i].LonDeg, Points[i].LatDeg);
            // 1e-8° is about 1 mm; the shift itself is some 0.003° (a few hundred metres in places).
            Assert.InRange(Math.Abs(ourLon - lon), 0, 1e-8);
            Assert.InRange(Math.Abs(ourLat - lat), 0, 1e-8);
            Assert.True(Math.Abs(ourLon - Points[i].LonDeg) > 1e-4, "the datum shift was applied");
        }
    }
}
