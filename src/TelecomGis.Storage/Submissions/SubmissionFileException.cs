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

    internal static SubmissionFileException UnknownType(string fileName) =>
        new(
            $"Unknown file type '{fileName}': send .csv, .xlsx or .geojson.",
            $"Không nhận dạng được tệp '{fileName}': gửi .csv, .xlsx hoặc .geojson."
        );

    internal static SubmissionFileException Unreadable(string fileName, Exception cause) =>
        new($"The file '{fileName}' cannot be read: {cause.Message}", $"Không đọc được tệp '{fileName}'.", cause);

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
