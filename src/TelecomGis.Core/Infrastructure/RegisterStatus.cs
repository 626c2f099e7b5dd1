namespace TelecomGis.Core.Infrastructure;

/// <summary>
/// Where a structure stands in the department's register, as the engine needs it (issue 11): whether it stands on the
/// ground, and on what authority. The register's full lifecycle (proposed, approved, built, modified, dismantled) reduces to
/// these for an appraisal; refused proposals and dismantled structures are not given to the engine at all.
/// </summary>
public enum RegisterStatus
{
    /// <summary>Built and in operation under an approval (đang khai thác).</summary>
    InOperation,

    /// <summary>Built before the plan took effect (hiện trạng trước quy hoạch): it may break today's plan (APPRAISAL.md second edition, 10).</summary>
    ExistingBeforePlan,

    /// <summary>Approved by the department's letter and not yet declared built (đã chấp thuận, chưa xây dựng).</summary>
    ApprovedNotBuilt,

    /// <summary>A proposal received earlier and neither approved nor refused yet (đang chờ thẩm định): first received, first served.</summary>
    PendingProposal,

    /// <summary>Found on the ground with no matching approval (xây dựng không phép), by a declaration or an inspection.</summary>
    Unpermitted,
}
