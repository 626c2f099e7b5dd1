using System.Text;

namespace TelecomGis.Storage.Import;

/// <summary>
/// TCVN 5712:1993 ("TCVN3", the ABC fonts .VnTime/.VnArial), the 8-bit Vietnamese encoding that provincial .dbf and .xls
/// files still carry: ASCII below 0x80, one precomposed Vietnamese letter per byte above. Decoding gives NFC text.
/// </summary>
/// <remarks>
/// The table is TCVN 5712:1993 as glibc's localedata transcribes it (<c>localedata/charmaps/TCVN5712-1</c>, read from this
/// machine's <c>/usr/share/i18n/charmaps/TCVN5712-1.gz</c>), bytes 0x80–0xFF. TCVN3/ABC is the standard's VN3 subset: the
/// lower-case letters at 0xA1–0xFF agree with it byte for byte; the capitals with marks (0x80–0xA0 here) are not in VN3, whose
/// capitals are drawn by the ".VnTimeH" fonts from the lower-case codes, so a capital written that way reads here as lower
/// case (nothing in the bytes says otherwise). The five combining marks of 0xB0–0xB4 are kept and composed by NFC.
/// The VN1 capitals the standard puts in the control range (0x01–0x17) are not decoded: a .dbf text field never holds them.
/// </remarks>
public static class Tcvn3Encoding
{
    private static readonly char[] High =
    [
        (char)0x00C0,
        (char)0x1EA2,
        (char)0x00C3,
        (char)0x00C1,
        (char)0x1EA0,
        (char)0x1EB6,
        (char)0x1EAC,
        (char)0x00C8, // 0x80
        (char)0x1EBA,
        (char)0x1EBC,
        (char)0x00C9,
        (char)0x1EB8,
        (char)0x1EC6,
        (char)0x00CC,
        (char)0x1EC8,
        (char)0x0128, // 0x88
        (char)0x00CD,
        (char)0x1ECA,
        (char)0x00D2,
        (char)0x1ECE,
        (char)0x00D5,
        (char)0x00D3,
        (char)0x1ECC,
        (char)0x1ED8, // 0x90
        (char)0x1EDC,
        (char)0x1EDE,
        (char)0x1EE0,
        (char)0x1EDA,
        (char)0x1EE2,
        (char)0x00D9,
        (char)0x1EE6,
        (char)0x0168, // 0x98
        (char)0x00A0,
        (char)0x0102,
        (char)0x00C2,
        (char)0x00CA,
        (char)0x00D4,
        (char)0x01A0,
        (char)0x01AF,
        (char)0x0110, // 0xA0
        (char)0x0103,
        (char)0x00E2,
        (char)0x00EA,
        (char)0x00F4,
        (char)0x01A1,
        (char)0x01B0,
        (char)0x0111,
        (char)0x1EB0, // 0xA8
        (char)0x0300,
        (char)0x0309,
        (char)0x0303,
        (char)0x0301,
        (char)0x0323,
        (char)0x00E0,
        (char)0x1EA3,
        (char)0x00E3, // 0xB0
        (char)0x00E1,
        (char)0x1EA1,
        (char)0x1EB2,
        (char)0x1EB1,
        (char)0x1EB3,
        (char)0x1EB5,
        (char)0x1EAF,
        (char)0x1EB4, // 0xB8
        (char)0x1EAE,
        (char)0x1EA6,
        (char)0x1EA8,
        (char)0x1EAA,
        (char)0x1EA4,
        (char)0x1EC0,
        (char)0x1EB7,
        (char)0x1EA7, // 0xC0
        (char)0x1EA9,
        (char)0x1EAB,
        (char)0x1EA5,
        (char)0x1EAD,
        (char)0x00E8,
        (char)0x1EC2,
        (char)0x1EBB,
        (char)0x1EBD, // 0xC8
        (char)0x00E9,
        (char)0x1EB9,
        (char)0x1EC1,
        (char)0x1EC3,
        (char)0x1EC5,
        (char)0x1EBF,
        (char)0x1EC7,
        (char)0x00EC, // 0xD0
        (char)0x1EC9,
        (char)0x1EC4,
        (char)0x1EBE,
        (char)0x1ED2,
        (char)0x0129,
        (char)0x00ED,
        (char)0x1ECB,
        (char)0x00F2, // 0xD8
        (char)0x1ED4,
        (char)0x1ECF,
        (char)0x00F5,
        (char)0x00F3,
        (char)0x1ECD,
        (char)0x1ED3,
        (char)0x1ED5,
        (char)0x1ED7, // 0xE0
        (char)0x1ED1,
        (char)0x1ED9,
        (char)0x1EDD,
        (char)0x1EDF,
        (char)0x1EE1,
        (char)0x1EDB,
        (char)0x1EE3,
        (char)0x00F9, // 0xE8
        (char)0x1ED6,
        (char)0x1EE7,
        (char)0x0169,
        (char)0x00FA,
        (char)0x1EE5,
        (char)0x1EEB,
        (char)0x1EED,
        (char)0x1EEF, // 0xF0
        (char)0x1EE9,
        (char)0x1EF1,
        (char)0x1EF3,
        (char)0x1EF7,
        (char)0x1EF9,
        (char)0x00FD,
        (char)0x1EF5,
        (char)0x1ED0, // 0xF8
    ];

    /// <summary>Decodes TCVN3 bytes to NFC text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
            text.Append(b < 0x80 ? (char)b : High[b - 0x80]);
        return text.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Encodes Unicode text to TCVN3 (for tests and fixtures); a letter the table lacks throws.</summary>
    public static byte[] Encode(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var bytes = new byte[nfc.Length];
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (c < 0x80)
            {
                bytes[i] = (byte)c;
                continue;
            }
            var at = Array.IndexOf(High, c);
            bytes[i] = at >= 0 ? (byte)(0x80 + at) : throw new ArgumentException($"'{c}' has no TCVN3 code.", nameof(text));
        }
        return bytes;
    }
}
