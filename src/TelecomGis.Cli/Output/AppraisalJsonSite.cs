using TelecomGis.Core.Appraisal;

namespace TelecomGis.Cli.Output;

/// <summary>
/// One site of the JSON record (<see cref="AppraisalJsonWriter"/>), its properties in the file's order; a null one is left out
/// (a rejected row has no verdict's figures, an accepted one no rejection).
/// </summary>
/// <param name="GroundElevationSource">"dem" where the terrain model gave the ground elevation, "carrier" where the row did.</param>
internal sealed record AppraisalJsonSite(
    int Row,
    string Carrier,
    string SiteCode,
    string Verdict,
    double? Lon,
    double? Lat,
    double? GroundElevationM,
    string? GroundElevationSource,
    string? PlanVersion,
    AppraisalJsonRejection? Rejection,
    IEnumerable<AppraisalJsonRule>? Rules,
    ConformingAlternative? Alternative
);

/// <summary>Why a row was not appraised: the field and the reason in both languages.</summary>
internal sealed record AppraisalJsonRejection(string Field, string MessageVi, string MessageEn);

/// <summary>One rule's outcome for a site, with the figure it measured, the plan's threshold and the feature that decided it.</summary>
internal sealed record AppraisalJsonRule(
    string Id,
    string Outcome,
    double? MeasuredValue,
    string? Unit,
    double? Threshold,
    FeatureRef? Feature,
    string? Citation,
    string MessageVi,
    string MessageEn
);
