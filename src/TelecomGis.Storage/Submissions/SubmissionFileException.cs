using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// A batch file refused as a whole: of a type no reader knows, unreadable in its own format, or too long. The message is English;
/// <see cref="MessageVi"/> says it in Vietnamese. A row that cannot be read is not this: it becomes that row's rejection.
/// </summary>
public sealed class SubmissionFileException : Exception
{
    public SubmissionFileException()
        : this("The batch file cannot be read.") { }

    public SubmissionFileException(string message)
        : this(message, "Không đọc được tệp.") { }

    public SubmissionFileException(string message, Exception innerException)
        : this(message, "Không đọc được tệp.", innerException) { }

    public SubmissionFileException(string messageEn, string messageVi, Exception? innerException = null)
        : base(messageEn, innerException) => MessageVi = messageVi;

    /// <summary>The message in Vietnamese; <see cref="Exception.Message"/> is the English one.</summary>
    public string MessageVi { get; }

    /// <summary>Why a reader could not read the content (no header, a missing column): <see cref="SubmissionFile"/> names the file before it.</summary>
    internal bool IsContentReason { get; private init; }

    internal static SubmissionFileException UnknownType(string fileName) =>
        new(
            $"Unknown file type '{fileName}': send .csv, .xlsx or .geojson.",
            $"Không nhận dạng được tệp '{fileName}': gửi .csv, .xlsx hoặc .geojson."
        );

    /// <summary>A file its reader could not make sense of, with the reason in both languages, as near as the cause tells it.</summary>
    internal static SubmissionFileException Unreadable(string fileName, SubmissionFileFormat format, Exception cause) =>
        new($"The file '{fileName}' cannot be read: {cause.Message}", $"Không đọc được tệp '{fileName}': {ReasonVi(format, cause)}", cause);

    private static string ReasonVi(SubmissionFileFormat format, Exception cause) =>
        (format, cause) switch
        {
            (_, SubmissionFileException known) => string.Concat(
                char.ToLowerInvariant(known.MessageVi[0]).ToString(),
                known.MessageVi.AsSpan(1)
            ),
            (_, System.Text.Json.JsonException { LineNumber: { } line }) =>
                $"nội dung không phải JSON hợp lệ (lỗi ở dòng {line + 1} của tệp); hãy xuất lại tệp GeoJSON.",
            (SubmissionFileFormat.GeoJson, _) => "nội dung không phải một FeatureCollection GeoJSON gồm các điểm.",
            (SubmissionFileFormat.Excel, InvalidDataException) =>
                "tệp không phải tệp Excel .xlsx (có thể là tệp .xls cũ, tệp đã đặt mật khẩu hoặc tệp hỏng); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
            (SubmissionFileFormat.Excel, _) => "cấu trúc tệp Excel bị hỏng; hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
            (SubmissionFileFormat.Csv, CsvHelper.BadDataException) =>
                "tệp CSV có dấu ngoặc kép không khép; hãy kiểm tra các ô chứa dấu \".",
            _ => "không tách được các cột của tệp CSV; hãy lưu tệp dưới dạng CSV UTF-8 với dòng tiêu đề ở dòng đầu.",
        };

    internal static SubmissionFileException NoHeader() =>
        new(
            "The file is empty: expected a header line with the columns (see the template: GET /api/submissions/template).",
            "Tệp trống: dòng đầu phải là dòng tiêu đề ghi tên các cột (xem tệp mẫu)."
        )
        {
            IsContentReason = true,
        };

    internal static SubmissionFileException NoRows() =>
        new(
            "The workbook's first sheet has no rows under a header row.",
            "Trang tính đầu tiên của tệp Excel không có dòng nào dưới dòng tiêu đề."
        )
        {
            IsContentReason = true,
        };

    internal static SubmissionFileException NotFeatureCollection() =>
        new("The file holds no GeoJSON FeatureCollection.", "Tệp không chứa FeatureCollection GeoJSON (một tập các điểm).")
        {
            IsContentReason = true,
        };

    /// <summary>A header without a required column: each named as the template heads it, in Vietnamese and English.</summary>
    /// <param name="missing">Canonical names (<c>lon,lat</c>: no coordinate pair at all).</param>
    internal static SubmissionFileException MissingColumns(IReadOnlyList<string> missing)
    {
        static string Vi(string name) =>
            name == "lon,lat"
                ? "Kinh độ và Vĩ độ (hoặc Tọa độ X, Tọa độ Y và Kinh tuyến trục theo VN-2000)"
                : SubmissionColumns.HeaderVi(name);
        static string En(string name) => name == "lon,lat" ? "lon and lat (or x, y and epsg)" : name;
        return new(
            $"The header lacks {string.Join(", ", missing.Select(En))}; expected carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id (or their Vietnamese headers).",
            $"Tệp thiếu cột {string.Join(", ", missing.Select(Vi))}."
        )
        {
            IsContentReason = true,
        };
    }

    // Counted as the file is read: the reader stops at the first row past the limit, so how many there are is not known.
    internal static SubmissionFileException TooManyRows(int maxRows) =>
        new($"The file has more than {maxRows} rows; at most {maxRows} are accepted in one batch.", $"Tệp có quá {maxRows} dòng.");

    internal static SubmissionFileException TooManyBlankRows(int maxRows) =>
        new(
            $"The file has more than {maxRows} blank rows; remove them and send it again.",
            $"Tệp có quá {maxRows} dòng trống: xoá các dòng trống rồi gửi lại."
        );

    internal static SubmissionFileException CellTooLong(int maxChars) =>
        new(
            $"The file has a cell of more than {maxChars} characters; no field of a site is that long.",
            $"Tệp có ô dài quá {maxChars} ký tự."
        );

    internal static SubmissionFileException WorkbookPartTooLarge(string part, long maxBytes) =>
        new(
            $"The workbook's part '{part}' unpacks to more than {maxBytes / (1024 * 1024)} MiB; a batch's workbook is far smaller.",
            $"Tệp Excel có phần '{part}' giải nén lớn quá {maxBytes / (1024 * 1024)} MiB."
        );

    internal static SubmissionFileException WorkbookTooLarge(long maxBytes) =>
        new(
            $"The workbook's parts unpack to more than {maxBytes / (1024 * 1024)} MiB together; a batch's workbook is far smaller.",
            $"Tệp Excel giải nén lớn quá {maxBytes / (1024 * 1024)} MiB."
        );

    internal static SubmissionFileException WorkbookTooManyParts(int count, int maxParts) =>
        new($"The workbook holds {count} parts; a batch's workbook has at most {maxParts}.", $"Tệp Excel có quá nhiều phần ({count}).");
}
