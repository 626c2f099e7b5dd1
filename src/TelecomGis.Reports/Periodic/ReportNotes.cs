namespace TelecomGis.Reports.Periodic;

/// <summary>How the report's figures are to be read, said once in every output (the workbook's notes, the .docx, the JSON).</summary>
public static class ReportNotes
{
    public static readonly IReadOnlyList<string> Vietnamese =
    [
        "Hồ sơ: mỗi vị trí trạm đề xuất trong hồ sơ của doanh nghiệp được tính là một hồ sơ thẩm định; các dòng không hợp lệ (không được thẩm định) không được tính.",
        "Kết quả cuối cùng của hồ sơ là ý kiến thẩm định về từng vị trí đang có hiệu lực tại ngày cuối kỳ; hồ sơ chưa có ý kiến mà còn chờ văn bản trả lời của cơ quan được xin ý kiến được tính là \"đang chờ ý kiến\".",
        "Thời gian xử lý tính bằng ngày làm việc, từ ngày làm việc kế tiếp ngày tiếp nhận đến ngày có ý kiến thẩm định đầu tiên (không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ đã khai báo).",
        "So sánh %: số liệu kỳ báo cáo so với cùng kỳ năm trước (100% là bằng cùng kỳ); với chỉ tiêu là tỷ lệ, cột này ghi mức tăng, giảm theo điểm phần trăm.",
        "Biểu ghi \"Chưa có dữ liệu\" là biểu mà hệ thống chưa có nguồn số liệu; không có số liệu nào được ước tính thay.",
    ];

    public static readonly IReadOnlyList<string> English =
    [
        "Dossier: each proposed site in a carrier's batch counts as one appraisal dossier; rejected (unappraised) rows do not count.",
        "A dossier's final answer is the site decision standing at the period's end; one without a decision that still awaits a consulted authority's reply counts as awaiting.",
        "Processing time in working days, from the working day after receipt to the first decision (weekends and declared holidays excluded).",
        "Comparison %: the period's figure over the same period a year earlier (100% is equal); for ratios, the change in percentage points.",
        "A table marked \"no data\" has no source in the system yet; no figure is estimated in its place.",
    ];
}
