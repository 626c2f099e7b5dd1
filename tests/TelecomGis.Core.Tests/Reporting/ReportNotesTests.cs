using static TelecomGis.Core.Tests.Reporting.PartialUnitsReportTests;

namespace TelecomGis.Core.Tests.Reporting;

/// <summary>The notes ("Ghi chú") say how each figure is counted where the department's reader would otherwise have to guess.</summary>
public class ReportNotesTests
{
    [Fact]
    public void TheNotesSayHowTheSharingRatioAndTheRuralCommunesAreCounted()
    {
        var report = Report("2026-H1");
        Assert.Contains(
            "tỷ lệ dùng chung = số vị trí có từ hai doanh nghiệp trở lên lắp đặt thiết bị (kể cả chủ sở hữu) / tổng số vị trí",
            report.Table("ha-tang")!.SourceVi,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "điểm Bưu điện – Văn hóa xã tính trên các xã (không tính phường, đặc khu; trước 01/7/2025 không tính thị trấn)",
            report.Table("buu-chinh")!.SourceVi,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void TheAppraisalNotesSayWhatADossierAndAnAnswerAre()
    {
        var note = Report("2026-H1").Table("tham-dinh")!.SourceVi;
        Assert.Contains("mỗi vị trí đề nghị là một hồ sơ", note, StringComparison.Ordinal);
        Assert.Contains("ngày trả lời là ngày Sở ghi quyết định đầu tiên", note, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesFromThePlanBundleNameIt_SoASampleBundleSaysItIsSample()
    {
        // The shipped bundles' plan names end "(dữ liệu mẫu)": their sites, postal points and fiber are synthetic.
        var report = Report("2026-H1");
        foreach (var id in new[] { "ha-tang", "cap-quang", "buu-chinh", "buu-chinh-xa" })
            Assert.Contains("«Quy hoạch thử»", report.Table(id)!.SourceVi, StringComparison.Ordinal);
    }
}
