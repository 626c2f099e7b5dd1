namespace TelecomGis.Storage.Import;

/// <summary>A source file that cannot be imported at all (unreadable, no usable coordinates, an unknown .prj, a mapping that
/// leaves a required property unfilled): nothing is written, and the message says why in Vietnamese and English.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException() { }

    public ImportFileException(string message)
        : base(message) => MessageVi = message;

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException) => MessageVi = message;

    public ImportFileException(string vi, string en, Exception? innerException = null)
        : base(en, innerException) => MessageVi = vi;

    /// <summary>The reason in Vietnamese (<see cref="Exception.Message"/> is the English).</summary>
    public string MessageVi { get; } = "";
}
