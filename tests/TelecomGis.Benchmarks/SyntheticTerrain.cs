using TelecomGis.Core.Terrain;

namespace TelecomGis.Benchmarks;

/// <summary>
/// A hilly 1-arc-second (≈ 30 m) DEM around Hạ Long: 0.3° × 0.3° (≈ 31 × 33 km), 0–450 m, from a few sine ridges and a hashed
/// roughness. Deterministic, so every run measures the same terrain; no file needed.
/// </summary>
internal static class SyntheticTerrain
{
    public const double CentreLonDeg = 107.15,
        CentreLatDeg = 21.05;

    public static ElevationGrid Build()
    {
        const int n = 1081; // 0.3° at 1″
        const double spacing = 1.0 / 3600;
        var z = new float[n * n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                double x = c * spacing * 111.0,
                    y = r * spacing * 111.0; // km, roughly
                var ridges =
                    120 * (1 + Math.Sin(x / 2.3) * Math.Cos(y / 3.1))
                    + 60 * (1 + Math.Sin((x + y) / 0.9))
                    + 25 * Math.Sin(x * 3.7 - y * 2.9);
                var hash = (uint)(r * 73856093 ^ c * 19349663);
                hash ^= hash >> 13;
                hash *= 0x5bd1e995;
                z[r * n + c] = (float)Math.Max(0, ridges + (hash % 1000) / 100.0);
            }
        }

        return new ElevationGrid(CentreLonDeg - 0.15, CentreLatDeg + 0.15, spacing, spacing, n, n, z);
    }
}
