using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// The best server's level and id per cell for one technology and one carrier (or every carrier together when
/// <see cref="Carrier"/> is null). Cells outside the province, or beyond every server's radius, hold −∞ and server −1.
/// </summary>
public sealed class CoverageLayer(Technology technology, string? carrier, int cellCount)
{
    public Technology Technology { get; } = technology;

    /// <summary>The carrier, or null for all carriers together.</summary>
    public string? Carrier { get; } = carrier;

    /// <summary>Best received level per cell, dBm (float: 0.01 dB resolution is far finer than any model's error).</summary>
    public float[] LevelDbm { get; } = CreateLevels(cellCount);

    /// <summary>The best server's index per cell, −1 where none reaches.</summary>
    public int[] Server { get; } = CreateServers(cellCount);

    /// <summary>"4G all carriers", "4G Viettel".</summary>
    public string Label => $"{Technology.Label()} {Carrier ?? "all carriers"}";

    public bool IsCovered(int cell, double thresholdDbm) => LevelDbm[cell] >= thresholdDbm;

    private static float[] CreateLevels(int n)
    {
        var a = new float[n];
        Array.Fill(a, float.NegativeInfinity);
        return a;
    }

    private static int[] CreateServers(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }
}
