namespace TelecomGis.Reports;

/// <summary>
/// The page and type of an administrative letter, as Decree 30/2020/NĐ-CP (Appendix I) prescribes them: A4, margins top
/// and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman, body 13–14 pt. Both writers take their figures here.
/// </summary>
public static class DecreeLayout
{
    public const double PageWidthMm = 210,
        PageHeightMm = 297;
    public const double TopMarginMm = 20,
        BottomMarginMm = 20,
        LeftMarginMm = 30,
        RightMarginMm = 15;

    /// <summary>Quốc hiệu 12–13 pt bold capitals; the header lines and the number 13 pt; body 13–14 pt.</summary>
    public const double BodyPt = 13,
        NationalNamePt = 12,
        MottoPt = 13,
        HeaderPt = 12,
        SubjectPt = 12,
        CopyListPt = 11,
        CopyHeadingPt = 12;

    /// <summary>First-line indent of body paragraphs, 1–1.27 cm.</summary>
    public const double FirstLineIndentMm = 10;

    /// <summary>Space after a body paragraph, at least 6 pt.</summary>
    public const double ParagraphSpacingPt = 6;

    /// <summary>The header's two columns: issuing body on the left, national name on the right.</summary>
    public const double HeaderLeftColumnMm = 70;

    /// <summary>Space kept clear inside each header column, so the two columns never touch.</summary>
    public const double ColumnPaddingMm = 2;

    /// <summary>Printed width of a site figure.</summary>
    public const double FigureWidthMm = 100;

    public static double TextWidthMm => PageWidthMm - LeftMarginMm - RightMarginMm;

    public const string FontName = "Times New Roman";
}
