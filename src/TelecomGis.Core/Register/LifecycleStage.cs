namespace TelecomGis.Core.Register;

/// <summary>
/// What an event of a structure's history records (issue 11): proposed → approved (the desk's letter) → built (the carrier
/// declares commissioning) → in operation → modified → dismantled, plus existing before the plan and unpermitted.
/// </summary>
public enum LifecycleStage
{
    /// <summary>Đề xuất: a carrier's dossier proposes it.</summary>
    Proposed,

    /// <summary>Đã chấp thuận: the department's letter approves it (number and date on the event).</summary>
    Approved,

    /// <summary>Đã xây dựng: the carrier declares it built.</summary>
    Built,

    /// <summary>Đang khai thác: on air.</summary>
    InOperation,

    /// <summary>Thay đổi: height, class, equipment or place changed.</summary>
    Modified,

    /// <summary>Đã tháo dỡ: taken down; it no longer counts anywhere.</summary>
    Dismantled,

    /// <summary>Hiện trạng trước quy hoạch: standing before the plan took effect.</summary>
    ExistingBeforePlan,

    /// <summary>Xây dựng không phép: found standing with no matching approval.</summary>
    Unpermitted,
}

public static class LifecycleStages
{
    /// <summary>The code the stores and the API spell.</summary>
    public static string Code(this LifecycleStage stage) =>
        stage switch
        {
            LifecycleStage.Proposed => "proposed",
            LifecycleStage.Approved => "approved",
            LifecycleStage.Built => "built",
            LifecycleStage.InOperation => "in_operation",
            LifecycleStage.Modified => "modified",
            LifecycleStage.Dismantled => "dismantled",
            LifecycleStage.ExistingBeforePlan => "existing_before_plan",
            _ => "unpermitted",
        };

    public static LifecycleStage? Parse(string? code) =>
        Enum.GetValues<LifecycleStage>().Cast<LifecycleStage?>().FirstOrDefault(s => s!.Value.Code() == code);

    public static string Vi(this LifecycleStage stage) =>
        stage switch
        {
            LifecycleStage.Proposed => "đề xuất",
            LifecycleStage.Approved => "đã chấp thuận, chưa xây dựng",
            LifecycleStage.Built => "đã xây dựng",
            LifecycleStage.InOperation => "đang khai thác",
            LifecycleStage.Modified => "đã thay đổi",
            LifecycleStage.Dismantled => "đã tháo dỡ",
            LifecycleStage.ExistingBeforePlan => "hiện trạng trước quy hoạch",
            _ => "xây dựng không phép",
        };

    public static string En(this LifecycleStage stage) =>
        stage switch
        {
            LifecycleStage.Proposed => "proposed",
            LifecycleStage.Approved => "approved, not built",
            LifecycleStage.Built => "built",
            LifecycleStage.InOperation => "in operation",
            LifecycleStage.Modified => "modified",
            LifecycleStage.Dismantled => "dismantled",
            LifecycleStage.ExistingBeforePlan => "existing before the plan",
            _ => "unpermitted",
        };
}
