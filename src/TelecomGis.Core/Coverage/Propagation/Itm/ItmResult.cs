namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// What the ITM answers for one path: the basic transmission loss at the requested quantiles, the warnings that say where
/// the path lies outside the model's tested range, and the intermediate values NTIA's tools report.
/// When <see cref="Error"/> is not <see cref="ItmError.None"/> the loss is NaN.
/// </summary>
/// <param name="LossDb">Basic transmission loss, dB (free space + reference attenuation adjusted for variability).</param>
/// <param name="Error">Why the model refused, or None.</param>
/// <param name="Warnings">Conditions outside the tested range.</param>
/// <param name="Mode">The propagation region of the path.</param>
/// <param name="FreeSpaceLossDb">Free-space loss over the path, dB.</param>
/// <param name="ReferenceAttenuationDb">Median attenuation relative to free space before variability, dB.</param>
/// <param name="DistanceKm">Path length, km.</param>
/// <param name="Geometry">Horizons, effective heights, Δh and surface refractivity.</param>
public readonly record struct ItmResult(
    double LossDb,
    ItmError Error,
    ItmWarnings Warnings,
    ItmPropagationMode Mode,
    double FreeSpaceLossDb,
    double ReferenceAttenuationDb,
    double DistanceKm,
    ItmPathGeometry Geometry
)
{
    /// <summary>True when a loss was computed (possibly with warnings).</summary>
    public bool Succeeded => Error == ItmError.None;

    /// <summary>True when computed without any warning: the path lies inside the model's tested range.</summary>
    public bool WithinValidity => Error == ItmError.None && Warnings == ItmWarnings.None;

    internal static ItmResult Failed(ItmError error, ItmWarnings warnings) =>
        new(double.NaN, error, warnings, ItmPropagationMode.NotSet, double.NaN, double.NaN, double.NaN, default);
}
