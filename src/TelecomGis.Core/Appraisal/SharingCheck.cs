namespace TelecomGis.Core.Appraisal;

/// <summary>What the check of a sharing claim found (APPRAISAL.md, second edition, 5).</summary>
public enum SharingCheck
{
    /// <summary>No <c>sharesSiteId</c>: a new structure.</summary>
    NewStructure,

    /// <summary>The named site is not among the existing sites.</summary>
    UnknownSite,

    /// <summary>The declared coordinates are not within R09.share_tolerance of the named site.</summary>
    TooFar,

    /// <summary>The declared top above natural ground exceeds the existing structure's top by more than R09.share_height_margin.</summary>
    TooHigh,

    /// <summary>The claim holds: the equipment goes onto the existing structure.</summary>
    Holds,
}
