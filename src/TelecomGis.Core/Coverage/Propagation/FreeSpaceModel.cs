namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// Free-space loss (Friis): L = 20·log10(4π·d/λ). A reference, not a planning model: it ignores the ground and
/// buildings, so it is the lowest loss any real path can have. Valid at every frequency and distance.
/// </summary>
public sealed class FreeSpaceModel : IPathLossModel
{
    // 20·log10(4π·1 km·1 MHz / c) with c = 299 792 458 m/s: the loss in dB at 1 km and 1 MHz.
    private static readonly double LossAt1Km1MhzDb = 20 * Math.Log10(4 * Math.PI * 1e3 * 1e6 / 299_792_458.0);

    /// <inheritdoc />
    public string Name => "Free space";

    /// <inheritdoc />
    public PathLoss Compute(in PathLossRequest request) =>
        new(LossAt1Km1MhzDb + 20 * Math.Log10(request.FrequencyMhz) + 20 * Math.Log10(request.DistanceKm), WithinValidity: true);
}
