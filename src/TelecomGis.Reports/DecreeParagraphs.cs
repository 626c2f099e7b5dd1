using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static TelecomGis.Reports.DecreeLayout;

namespace TelecomGis.Reports;

/// <summary>
/// The Word building blocks every administrative document here is made of (the reply letter, the consultation request, the
/// periodic report): runs of NFC text, paragraphs with their spacing, the body paragraph with its first-line indent, widths in
/// twips. One place, so the three documents cannot drift apart in how Decree 30/2020/NĐ-CP's layout is set.
/// </summary>
internal static class DecreeParagraphs
{
    private const double TwipsPerMm = 1440 / 25.4;

    /// <summary>Millimetres in twips (1/1440 inch), Word's unit for widths and indents.</summary>
    public static int Twips(double mm) => (int)Math.Round(mm * TwipsPerMm);

    /// <summary>A font size as Word writes it: in half points.</summary>
    public static string HalfPoints(double pt) => ((int)Math.Round(pt * 2)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A run of text in Unicode NFC (Vietnamese letters composed, as fonts and searches expect).</summary>
    /// <param name="font">The font named on the run itself, for documents written without a style part.</param>
    public static Run Text(
        string text,
        double pt = BodyPt,
        bool bold = false,
        bool italic = false,
        bool underline = false,
        string? font = null
    )
    {
        var props = new RunProperties();
        if (font is not null)
            props.Append(
                new RunFonts
                {
                    Ascii = font,
                    HighAnsi = font,
                    ComplexScript = font,
                }
            );
        if (bold)
            props.Append(new Bold());
        if (italic)
            props.Append(new Italic());
        props.Append(new FontSize { Val = HalfPoints(pt) });
        if (underline)
            props.Append(new Underline { Val = UnderlineValues.Single });
        return new Run(props, new Text(VietnameseText.Nfc(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Paragraph Para(JustificationValues alignment, int beforeTwips, int afterTwips, OpenXmlElement content) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines
                {
                    Before = beforeTwips.ToString(CultureInfo.InvariantCulture),
                    After = afterTwips.ToString(CultureInfo.InvariantCulture),
                },
                new Justification { Val = alignment }
            ),
            content
        );

    /// <summary>A body paragraph: justified, the first line indented, the decree's space after it.</summary>
    public static Paragraph BodyParagraph(string text, bool bold = false, bool italic = false, string? font = null)
    {
        var p = Para(JustificationValues.Both, 0, (int)(ParagraphSpacingPt * 20), Text(text, BodyPt, bold, italic, font: font));
        // The schema wants the indentation before the justification (ECMA-376 17.3.1.26).
        p.ParagraphProperties!.InsertBefore(
            new Indentation { FirstLine = Twips(FirstLineIndentMm).ToString(CultureInfo.InvariantCulture) },
            p.ParagraphProperties.Justification
        );
        return p;
    }

    public static TableCellProperties CellWidth(double mm) =>
        new(new TableCellWidth { Width = Twips(mm).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    /// <summary>Times New Roman everywhere, with the Vietnamese language set so that Word checks the spelling in Vietnamese.</summary>
    public static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(
                    new RunPropertiesBaseStyle(
                        new RunFonts
                        {
                            Ascii = FontName,
                            HighAnsi = FontName,
                            ComplexScript = FontName,
                            EastAsia = FontName,
                        },
                        new FontSize { Val = HalfPoints(BodyPt) },
                        new Languages { Val = "vi-VN" }
                    )
                ),
                new ParagraphPropertiesDefault(
                    new ParagraphPropertiesBaseStyle(
                        new SpacingBetweenLines
                        {
                            After = "0",
                            Line = "240",
                            LineRule = LineSpacingRuleValues.Auto,
                        }
                    )
                )
            )
        );
        styles.Styles.Save();
    }
}
