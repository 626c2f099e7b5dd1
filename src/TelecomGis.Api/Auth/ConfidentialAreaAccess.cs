using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Api.Auth;

/// <summary>
/// Who sees military and security areas (<see cref="Core.Planning.RestrictedArea.IsConfidential"/>): the department's roles only.
/// Carriers and anonymous callers get the layers without them (<see cref="Layers.PlanLayer.For"/>, and so the tiles) and every
/// appraisal through <see cref="SeenBy"/>; OGC API – Features serves public layers only, to anyone, so never these; the reply
/// letter goes to the carrier, so it is always composed from <see cref="ConfidentialAreas.Redact"/>.
/// </summary>
public static class ConfidentialAreaAccess
{
    public static bool Sees(ApiUser? user) => user is { IsDepartment: true };

    /// <summary>The appraisal as the caller may read it: whole for the department, R04 withheld for everyone else.</summary>
    public static AppraisalResult SeenBy(this AppraisalResult result, ApiUser? user) =>
        Sees(user) ? result : ConfidentialAreas.Redact(result);

    /// <summary>
    /// A saved row's conforming point as the caller may read it. Outside the department, none for a row the engine did not fail:
    /// such a row is not searched for (<see cref="ConformingAlternative.IsSoughtFor"/>), and one saved before that held is the
    /// point just outside the military area that asked for consultation, its distance and bearing the way to the area's edge.
    /// </summary>
    public static ConformingAlternative? AlternativeSeenBy(this RowOutcome row, ApiUser? user)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Sees(user) || row.Appraisal?.Results.Any(r => r.EngineOutcome == RuleOutcome.Fail) == true ? row.Alternative : null;
    }
}
