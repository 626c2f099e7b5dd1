namespace TelecomGis.Core.Register.Permits;

/// <summary>
/// Whether a structure stands on the ground with neither the department's approval nor a construction permit or exemption:
/// the inspectors' list (issue 11, 3). A structure existing before the plan counts too when nothing is on record for it.
/// </summary>
public static class LegalStanding
{
    public static bool LacksPapers(RegisteredStructure structure, ConstructionPermit? permit) =>
        structure.IsBuilt && structure.Approval is null && permit is null;
}
