using TelecomGis.Core.Coverage.Propagation;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// One server's path loss and vertical-pattern attenuation as functions of distance alone, tabulated once per run so that the
/// per-cell kernel calls no logarithm-heavy model: a distance-based model (<see cref="IPathLossModel"/>) with fixed frequency and
/// heights depends on distance only. Nodes are spaced <see cref="StepDecades"/> in log10(distance) from 1 m to the radius, and a
/// cell's values are interpolated linearly in log-distance between its two nodes. The Hata family is linear in log d, so for it
/// the table is exact up to float rounding; for a curved model the error over 0.5 % of distance is far below a model's own error.
/// The validity note of a cell is the one of the node below it: within 0.5 % of a range limit (1 km, 20 km) a cell may be
/// counted on the other side.
/// </summary>
public sealed class RadialProfile
{
    /// <summary>Node spacing in log10(distance): 0.002 decade = 0.46 % of distance (4.6 m at 1 km).</summary>
    public const double StepDecades = 0.002;

    private readonly float[] _lossDb;
    private readonly float[] _verticalDb;
    private readonly int[] _runStarts;
    private readonly string?[] _runNotes;

    public RadialProfile(CoverageServer server, AntennaPattern pattern, double rxHeightM, double maxRadiusM)
    {
        var nodes = (int)Math.Ceiling(Math.Log10(Math.Max(maxRadiusM, 1)) / StepDecades) + 2;
        _lossDb = new float[nodes];
        _verticalDb = new float[nodes];
        var runStarts = new List<int>();
        var runNotes = new List<string?>();
        var heightAboveMobileM = server.TxHeightM - rxHeightM;
        for (var k = 0; k < nodes; k++)
        {
            var distanceM = Math.Pow(10, k * StepDecades);
            var loss = server.Model.Compute(new PathLossRequest(server.FrequencyMhz, distanceM / 1000, server.TxHeightM, rxHeightM));
            _lossDb[k] = (float)loss.LossDb;
            _verticalDb[k] = (float)pattern.VerticalDb(Math.Atan2(heightAboveMobileM, distanceM) * (180 / Math.PI));
            var note = loss.WithinValidity ? null : loss.ValidityNote ?? "outside the model's validity";
            if (k == 0 || !string.Equals(note, runNotes[^1], StringComparison.Ordinal))
            {
                runStarts.Add(k);
                runNotes.Add(note);
            }
        }
        _runStarts = [.. runStarts];
        _runNotes = [.. runNotes];
    }

    /// <summary>Path loss and vertical attenuation at <paramref name="distanceM"/> (below 1 m: at 1 m), and the validity note (null: valid).</summary>
    public void Sample(double distanceM, out double lossDb, out double verticalDb, out string? note)
    {
        // Single precision is plenty for the node index (2,000 nodes: 2·10⁻⁴ of a node) and about twice as fast as double.
        var t = MathF.Log10((float)Math.Max(distanceM, 1)) * (float)(1 / StepDecades);
        var k = Math.Min((int)t, _lossDb.Length - 2);
        var f = t - k;
        lossDb = _lossDb[k] + f * (_lossDb[k + 1] - _lossDb[k]);
        verticalDb = _verticalDb[k] + f * (_verticalDb[k + 1] - _verticalDb[k]);
        var run = _runStarts.Length - 1;
        while (_runStarts[run] > k) run--;
        note = _runNotes[run];
    }
}
