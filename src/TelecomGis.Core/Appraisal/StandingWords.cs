using System.Globalization;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Appraisal;

/// <summary>
/// How a message names a structure by its register standing (issue 11, item 6): an approved structure by its letter, a pending
/// proposal by its dossier and the day it was received, so the carrier told to share knows on what authority the other stands.
/// </summary>
internal static class StandingWords
{
    private static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "?";

    /// <summary>"trạm hiện có S-1 (VNPT, cột A2b)" and its English, the noun phrase an R09 message begins with.</summary>
    public static (string Vi, string En) Subject(Site s) =>
        s.Standing.Status switch
        {
            RegisterStatus.ApprovedNotBuilt => (
                $"công trình {s.Id} ({s.Carrier}, cột {s.PoleClass})",
                $"structure {s.Id} ({s.Carrier}, {s.PoleClass})"
            ),
            RegisterStatus.PendingProposal => (
                $"vị trí đề nghị {s.Id} ({s.Carrier}, cột {s.PoleClass})",
                $"proposed site {s.Id} ({s.Carrier}, {s.PoleClass})"
            ),
            RegisterStatus.Unpermitted => (
                $"trạm hiện có {s.Id} ({s.Carrier}, cột {s.PoleClass}, xây dựng không phép)",
                $"existing site {s.Id} ({s.Carrier}, {s.PoleClass}, built without a permit)"
            ),
            _ => ($"trạm hiện có {s.Id} ({s.Carrier}, cột {s.PoleClass})", $"existing site {s.Id} ({s.Carrier}, {s.PoleClass})"),
        };

    /// <summary>
    /// The clause that names the papers (leading "; ") for a structure not yet built, empty for one that stands: "đã được chấp thuận
    /// theo văn bản số 123/STTTT-BCVT ngày 05/10/2026 (hồ sơ …, chưa xây dựng)" or "theo hồ sơ … nhận trước, ngày … (đang chờ thẩm định)".
    /// </summary>
    public static (string Vi, string En) Papers(Site s)
    {
        var st = s.Standing;
        var dossierVi = st.DossierId is { } d ? $"hồ sơ {d}, " : "";
        var dossierEn = st.DossierId is { } e ? $"dossier {e}, " : "";
        return st.Status switch
        {
            RegisterStatus.ApprovedNotBuilt => (
                $"; công trình này đã được chấp thuận theo văn bản số {st.LetterNumber} ngày {Date(st.LetterDate)} ({dossierVi}chưa xây dựng)",
                $"; it was approved by letter No. {st.LetterNumber} of {Date(st.LetterDate)} ({dossierEn}not yet built)"
            ),
            RegisterStatus.PendingProposal => (
                $"; vị trí này thuộc hồ sơ {st.DossierId} nhận trước, ngày {Date(st.ReceivedOn)} (đang chờ thẩm định)",
                $"; it belongs to dossier {st.DossierId}, received earlier, on {Date(st.ReceivedOn)} (pending appraisal)"
            ),
            _ => ("", ""),
        };
    }

    /// <summary>What R09 asks the carrier to do instead of a new structure.</summary>
    public static (string Vi, string En) ShareAdvice(Site s) =>
        s.Standing.Status switch
        {
            RegisterStatus.ApprovedNotBuilt => ("đề nghị dùng chung công trình này", "share that structure instead"),
            RegisterStatus.PendingProposal => (
                "hồ sơ nhận trước được xem xét trước, đề nghị phối hợp dùng chung một công trình",
                "the dossier received first is served first: agree to share one structure"
            ),
            _ => ("đề nghị dùng chung trạm này", "share that site instead"),
        };

    /// <summary>A short tag for a structure that does not simply stand in operation (leading space), e.g. " (đang chờ thẩm định)".</summary>
    public static (string Vi, string En) Tag(Site s) =>
        s.Standing.Status switch
        {
            RegisterStatus.ApprovedNotBuilt => (
                $" (đã chấp thuận theo văn bản số {s.Standing.LetterNumber}, chưa xây dựng)",
                $" (approved by letter No. {s.Standing.LetterNumber}, not yet built)"
            ),
            RegisterStatus.PendingProposal => (
                $" (hồ sơ nhận ngày {Date(s.Standing.ReceivedOn)}, đang chờ thẩm định)",
                $" (dossier received on {Date(s.Standing.ReceivedOn)}, pending appraisal)"
            ),
            RegisterStatus.Unpermitted => (" (xây dựng không phép)", " (built without a permit)"),
            _ => ("", ""),
        };
}
