namespace TelecomGis.Storage.Submissions;

/// <summary>
/// A batch file refused as a whole: of a type no reader knows, unreadable in its own format, or too long. The message is English;
/// <see cref="MessageVi"/> says it in Vietnamese. A row that cannot be read is not this: it becomes that row's rejection.
/// </summary>
public sealed class SubmissionFileException : Exception
{
    public SubmissionFileException() : this("The batch file cannot be read.") { }

    public SubmissionFileException(string message) : this(message, "Không đọc được tệp.") { }

    public SubmissionFileException(string message, Exception innerException) : this(message, "Không đọc được tệp.", innerException) { }

    public SubmissionFileException(string messageEn, string messageVi, Exception? innerException = null) : base(messageEn, innerException) =>
        MessageVi = messageVi;

    /// <summary>The message in Vietnamese; <see cref="Exception.Message"/> is the English one.</summary>
    public string MessageVi { get; }

    internal static SubmissionFileException UnknownType(string fileName) =>
        new($"Unknown file type '{fileName}': send .csv, .xlsx or .geojson.", $"Không nhận dạng được tệp '{fileName}': gửi .csv, .xlsx hoặc .geojson.");

    internal static SubmissionFileException Unreadable(string fileName, Exception cause) =>
        new($"The file '{fileName}' cannot be read: {cause.Message}", $"Không đọc được tệp '{fileName}'.", cause);

    internal static SubmissionFileException TooManyRows(int count, int maxRows) =>
        new($"The file has {count} rows; at most {maxRows} are accepted in one batch.", $"Tệp có quá {maxRows} dòng.");
}
