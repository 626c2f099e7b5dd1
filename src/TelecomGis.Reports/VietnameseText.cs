using System.Globalization;
using System.Text;

namespace TelecomGis.Reports;

/// <summary>How Vietnamese administrative text is written: composed Unicode and the decree's date form.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Composed form (NFC). SkiaSharp draws glyph by glyph without shaping, so a decomposed "ộ" (o + combining marks)
    /// would stack the marks badly; the precomposed code point has its own glyph in the font.
    /// </summary>
    public static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// "ngày 05 tháng 01 năm 2026": Decree 30/2020/NĐ-CP, Appendix I, II.4 writes days below 10 and months below 3 with a leading zero.
    /// </summary>
    public static string Date(DateOnly date)
    {
        var day = date.Day < 10 ? $"0{date.Day}" : date.Day.ToString(CultureInfo.InvariantCulture);
        var month = date.Month < 3 ? $"0{date.Month}" : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Upper case as Vietnamese writes it (đ → Đ, ệ → Ệ).</summary>
    public static string Upper(string text) => Nfc(text).ToUpper(CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>Metres with a decimal comma and dot thousands: "2.381.234,56".</summary>
    public static string Metres(double value) => value.ToString("#,##0.00", CultureInfo.GetCultureInfo("vi-VN"));
}
