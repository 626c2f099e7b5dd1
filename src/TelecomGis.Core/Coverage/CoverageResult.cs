using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Coverage;

/// <summary>
/// A finished coverage run: per technology, the best server over all carriers and per carrier, on the inputs' grid.
/// Immutable once returned (the arrays are not copied: do not write to them).
/// </summary>
public sealed class CoverageResult(
    CoverageInputs inputs,
    CoverageParameters parameters,
    IReadOnlyList<CoverageLayer> layers,
    IReadOnlyList<ValidityCount> validity,
    TimeSpan elapsed
)
{
    public CoverageInputs Inputs { get; } = inputs;

    public CoverageParameters Parameters { get; } = parameters;

    public CoverageGrid Grid => Inputs.Grid;

    /// <summary>For each technology with servers: the all-carriers layer first, then one per carrier, carriers in ordinal order.</summary>
    public IReadOnlyList<CoverageLayer> Layers { get; } = layers;

    /// <summary>Per server, how many of its evaluations lay outside its model's validity range.</summary>
    public IReadOnlyList<ValidityCount> Validity { get; } = validity;

    public TimeSpan Elapsed { get; } = elapsed;

    /// <summary>Cell–server evaluations in all (the measure of work: cells within the radius of each server).</summary>
    public long Evaluations => Validity.Sum(v => v.Evaluations);

    public IEnumerable<CoverageLayer> AllCarrierLayers => Layers.Where(l => l.Carrier is null);

    /// <summary>The layer of a technology and carrier (null: all carriers), or null when no server has that combination.</summary>
    public CoverageLayer? Layer(Technology technology, string? carrier) =>
        Layers.FirstOrDefault(l => l.Technology == technology && l.Carrier == carrier);

    public double ThresholdDbm(Technology technology) => Parameters.Thresholds.For(technology);
}
