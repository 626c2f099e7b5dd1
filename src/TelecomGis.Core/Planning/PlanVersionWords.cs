using System.Globalization;

namespace TelecomGis.Core.Planning;

/// <summary>Where a stored plan version stands: the one in force, a draft never activated, or one activated and since replaced.</summary>
public enum PlanVersionStatus
{
    Draft,
    Current,
    Replaced,
}

/// <summary>
/// How a text a person reads names a plan version: the way a department names it, never by its content hash. A version kept in a
/// store by the plan's name and the time it was imported ("…, bản nhập lúc 09:15 ngày 07/12/2026 (đang áp dụng)"); a bundle
/// folder by its approving decision ("…, Quyết định số 1234/QĐ-UBND ngày 15/06/2023"). The English keeps the short hash beside
/// the words, for the log or the support desk; data for programs (JSON, URLs, the English CSV) carries the full
/// <see cref="PlanVersion.Hash"/>.
/// </summary>
public static class PlanVersionWords
{
    /// <summary>A version in a store, by its plan's name and when it was imported, in the department's time (UTC+7).</summary>
    /// <param name="status">Where it stands, when the caller knows; null says nothing of it.</param>
    public static (string Vi, string En) Imported(
        string planName,
        DateTimeOffset importedAt,
        PlanVersion version,
        PlanVersionStatus? status = null
    )
    {
        var local = importedAt.ToOffset(Administration.VietnamTime.Offset);
        var (statusVi, statusEn) = status switch
        {
            PlanVersionStatus.Current => (" (đang áp dụng)", " (current)"),
            PlanVersionStatus.Draft => (" (bản nháp)", " (draft)"),
            PlanVersionStatus.Replaced => (" (không còn áp dụng)", " (no longer current)"),
            _ => ("", ""),
        };
        return (
            $"{planName}, bản nhập lúc {Time(local)} ngày {Date(local)}{statusVi}",
            $"{planName}, imported {Date(local)} {Time(local)}{statusEn}, version {version.Short}"
        );
    }

    /// <summary>
    /// A bundle folder, which no store has dated: by the plan's name (with its province when the name does not say it) and the
    /// decision that approved it (plan.json's <c>approval</c>), or the name alone when the bundle names none.
    /// </summary>
    public static (string Vi, string En) OfBundle(ProvincePlan plan)
    {
        var planName = plan.Metadata.PlanName;
        var name = planName.Contains(plan.Province.Name, StringComparison.Ordinal) ? planName : $"{planName} ({plan.Province.Name})";
        if (plan.Metadata.Approval is not { } approval)
            return (name, $"{name}, version {plan.Version.Short}");
        var (vi, en) = Decision(approval);
        return ($"{name}, {vi}", $"{name}, Decision {en}, version {plan.Version.Short}");
    }

    /// <summary>
    /// The decision that approved a plan: "Quyết định số 1234/QĐ-UBND ngày 15/06/2023"; in English its number and day
    /// ("1234/QĐ-UBND of 15/06/2023").
    /// </summary>
    public static (string Vi, string En) Decision(PlanApproval approval) =>
        ($"Quyết định số {approval.Number} ngày {Date(approval.Date)}", $"{approval.Number} of {Date(approval.Date)}");

    // dd/MM/yyyy and a 24-hour HH:mm, as the department's letters and reports write them.
    private static string Date(DateTimeOffset at) => at.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);
}
