namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// Which of 3GPP TR 38.901's two median path-loss formulas a scenario uses (Table 7.4.1-1): the line-of-sight one, or the
/// non-line-of-sight one, which the TR defines as max(PL_LOS, PL'_NLOS).
/// </summary>
public enum Tr38901LineOfSight
{
    /// <summary>Non-line-of-sight: the cautious choice for coverage-gap finding, and what <see cref="PathLossModels.For"/> uses.</summary>
    NonLineOfSight,

    /// <summary>Line of sight: the two-slope formula with its breakpoint.</summary>
    LineOfSight,
}
