namespace TelecomGis.Storage.Bundle;

/// <summary>
/// A bundle file that breaks the schema contract of data/README.md. The message names the file, the feature
/// (index and id) and the property, so that whoever edits the data in QGIS can find the mistake.
/// </summary>
public sealed class PlanBundleException : Exception
{
    public PlanBundleException() { }

    public PlanBundleException(string message)
        : base(message) { }

    public PlanBundleException(string message, Exception innerException)
        : base(message, innerException) { }

    public PlanBundleException(string file, string message, Exception? innerException = null)
        : base($"{file}: {message}", innerException) => File = file;

    /// <summary>A problem with a bundle file, in English and in Vietnamese (each prefixed with the file's name).</summary>
    public PlanBundleException(string file, string message, string messageVi, Exception? innerException = null)
        : base($"{file}: {message}", innerException)
    {
        File = file;
        MessageVi = $"{file}: {messageVi}";
    }

    /// <summary>The bundle file at fault, e.g. "zones.geojson".</summary>
    public string? File { get; }

    /// <summary>The message in Vietnamese: every check of the bundle writes one; null only from the bare constructors.</summary>
    public string? MessageVi { get; init; }
}
