namespace TelecomGis.Core.Register;

/// <summary>A structure as the register holds it at one moment: its latest description, its status and its approval.</summary>
/// <param name="Status">The latest stage other than <see cref="LifecycleStage.Modified"/> (a modification changes what it is, not
/// where it stands).</param>
/// <param name="Approval">The latest approval, when it has one.</param>
/// <param name="Since">When the status took effect.</param>
/// <param name="LastEventId">The latest event folded into it.</param>
public sealed record RegisteredStructure(
    AntennaStructure Structure,
    LifecycleStage Status,
    Approval? Approval,
    DateTimeOffset Since,
    long LastEventId
)
{
    /// <summary>Standing on the ground: built, in operation, existing before the plan, or unpermitted.</summary>
    public bool IsBuilt =>
        Status is LifecycleStage.Built or LifecycleStage.InOperation or LifecycleStage.ExistingBeforePlan or LifecycleStage.Unpermitted;

    /// <summary>What an appraisal counts (R09): every built structure and every approved one not yet built.</summary>
    public bool Counts => IsBuilt || Status == LifecycleStage.Approved;
}
