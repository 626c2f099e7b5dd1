using System.Text;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Text typed in a legacy Vietnamese font (.VnTime for TCVN3, VNI-Times for VNI) that has been through Unicode: an old .xls saved
/// as .xlsx, a KML written from it. Each character is then the Windows-1252 letter of the legacy byte ("M· tr¹m" for "Mã trạm").
/// Such text is recognised only when every cell is Windows-1252 (real Vietnamese Unicode has ư, ơ, đ, ạ…) and the legacy
/// reading makes more well-formed Vietnamese syllables than the text as it stands (<see cref="VietnameseText.Detect"/>).
/// </summary>
public static class LegacyFontText
{
    private static readonly Encoding Windows1252 = CodePage();

    private static Encoding CodePage()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The legacy encoding the texts were typed in, or <see cref="SourceEncoding.Utf8"/> for texts to leave as they are.</summary>
    public static SourceEncoding Detect(IReadOnlyList<string> texts, SourceEncoding requested)
    {
        if (requested is SourceEncoding.Tcvn3 or SourceEncoding.Vni or SourceEncoding.Windows1258)
            return requested;
        if (requested == SourceEncoding.Utf8 || !texts.Any(t => t.Any(c => c >= 0x80)))
            return SourceEncoding.Utf8;
        var bytes = new List<byte[]>(texts.Count);
        foreach (var t in texts)
        {
            if (Bytes(t) is not { } b)
                return SourceEncoding.Utf8; // a letter no legacy font could have typed: Unicode text
            bytes.Add(b);
        }
        var legacy = VietnameseText.Detect(bytes);
        if (legacy == SourceEncoding.Utf8)
            return legacy;
        var asIs = texts.Sum(VietnameseText.Score);
        var decoded = bytes.Sum(b => VietnameseText.Score(VietnameseText.Decode(b, legacy)));
        return decoded > asIs ? legacy : SourceEncoding.Utf8;
    }

    /// <summary>The text read in the legacy encoding (NFC); unchanged for <see cref="SourceEncoding.Utf8"/>.</summary>
    public static string Decode(string text, SourceEncoding encoding) =>
        encoding == SourceEncoding.Utf8 || Bytes(text) is not { } b ? text : VietnameseText.Decode(b, encoding);

    private static byte[]? Bytes(string text)
    {
        try
        {
            return Windows1252.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }
}
