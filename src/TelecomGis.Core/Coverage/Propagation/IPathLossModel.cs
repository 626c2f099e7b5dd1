namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>The geometry and radio figures of one link a distance-based model needs.</summary>
/// <param name="FrequencyMhz">Carrier frequency, MHz.</param>
/// <param name="DistanceKm">Horizontal distance between the antennas, km.</param>
/// <param name="TxHeightM">Base-station antenna height above ground, metres (Hata's hb).</param>
/// <param name="RxHeightM">Mobile antenna height above ground, metres (Hata's hm, usually 1.5).</param>
public readonly record struct PathLossRequest(double FrequencyMhz, double DistanceKm, double TxHeightM, double RxHeightM);

/// <summary>A model's answer: the basic transmission loss, and whether the request lay inside the model's validity range.</summary>
/// <param name="LossDb">Median basic transmission loss, dB.</param>
/// <param name="WithinValidity">False when frequency, distance or heights are outside the range the model was fitted for.</param>
/// <param name="ValidityNote">What was outside the range, in English, when <paramref name="WithinValidity"/> is false.</param>
public readonly record struct PathLoss(double LossDb, bool WithinValidity, string? ValidityNote = null);

/// <summary>
/// A distance-based propagation model (free space, the Hata family, 3GPP): the loss depends on frequency, distance and antenna
/// heights only. Terrain-aware models (ITM point-to-point) take a profile instead and do not implement this.
/// </summary>
public interface IPathLossModel
{
    /// <summary>A short name for reports, e.g. "Okumura–Hata (urban, small/medium city)".</summary>
    string Name { get; }

    /// <summary>Computes the loss; must be allocation-free, as the coverage grid calls it once per cell and sector.</summary>
    PathLoss Compute(in PathLossRequest request);
}
