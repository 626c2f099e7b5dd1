namespace TelecomGis.Storage.Import;

/// <summary>How the text of a source file (a .dbf, a CSV) is encoded.</summary>
public enum SourceEncoding
{
    /// <summary>Decided from the file: a .cpg where it is decisive, else UTF-8 when the bytes are valid UTF-8, else the legacy
    /// encoding under which more words read as Vietnamese syllables (<see cref="VietnameseText.Detect"/>).</summary>
    Auto,
    Utf8,

    /// <summary>TCVN 5712:1993, the ABC fonts (<see cref="Tcvn3Encoding"/>).</summary>
    Tcvn3,

    /// <summary>VNI-Windows (<see cref="VniEncoding"/>).</summary>
    Vni,

    /// <summary>Windows-1258, Microsoft's Vietnamese code page (base letters and combining tones).</summary>
    Windows1258,
}
