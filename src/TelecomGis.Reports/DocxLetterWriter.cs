using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static TelecomGis.Reports.DecreeLayout;
using static TelecomGis.Reports.DecreeParagraphs;

namespace TelecomGis.Reports;

/// <summary>Writes a reply letter as a Word document in the layout of Decree 30/2020/NĐ-CP, with the site figures embedded.</summary>
public static class DocxLetterWriter
{
    public static byte[] Write(ReplyLetter letter)
    {
        using var stream = new MemoryStream();
        Write(letter, stream);
        return stream.ToArray();
    }

    public static void Write(ReplyLetter letter, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        main.Document = new Document(body);

        body.Append(HeaderTable(letter));
        body.Append(Para(JustificationValues.Center, 240, 240, Text(letter.RecipientLine, BodyPt)));
        body.Append(BodyParagraph(letter.Opening));
        foreach (var basis in letter.Bases)
            body.Append(BodyParagraph(basis, italic: true));
        body.Append(BodyParagraph(letter.Lead));
        foreach (var group in letter.Groups)
        {
            var heading = BodyParagraph(group.Heading, bold: true);
            heading.ParagraphProperties!.PrependChild(new KeepNext());
            body.Append(heading);
            foreach (var site in group.Sites)
            {
                body.Append(BodyParagraph(site.Paragraph));
                foreach (var reason in site.Reasons)
                    body.Append(BodyParagraph("- " + reason));
                if (site.Decision is not null)
                    body.Append(BodyParagraph(site.Decision));
                foreach (var note in site.Notes)
                    body.Append(BodyParagraph(note, italic: true));
                if (site.FigurePng is not null)
                {
                    var figure = Para(
                        JustificationValues.Center,
                        120,
                        0,
                        DocxPicture.Inline(main, site.FigurePng, site.Number, FigureWidthMm)
                    );
                    // Keep the figure on the page of its caption (keepNext comes first in paragraph properties, ECMA-376 17.3.1.26).
                    figure.ParagraphProperties!.PrependChild(new KeepNext());
                    body.Append(figure);
                    body.Append(Para(JustificationValues.Center, 0, 120, Text(site.FigureCaption, SubjectPt, italic: true)));
                }
            }
        }
        foreach (var closing in letter.Closing)
            body.Append(BodyParagraph(closing));
        body.Append(SignatureTable(letter));
        body.Append(PageSetup(main));
        main.Document.Save();
    }

    /// <summary>
    /// A4 and the decree's margins; page numbers centred in the top margin from the second page on (Appendix I, II.11):
    /// a PAGE field in the default header, an empty header for the title page.
    /// </summary>
    private static SectionProperties PageSetup(MainDocumentPart main) =>
        new(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = AddHeader(main, withPageNumber: true) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = AddHeader(main, withPageNumber: false) },
            new PageSize { Width = (UInt32Value)(uint)Twips(PageWidthMm), Height = (UInt32Value)(uint)Twips(PageHeightMm) },
            new PageMargin
            {
                Top = Twips(TopMarginMm),
                Bottom = Twips(BottomMarginMm),
                Left = (UInt32Value)(uint)Twips(LeftMarginMm),
                Right = (UInt32Value)(uint)Twips(RightMarginMm),
                Header = 567,
                Footer = 567,
                Gutter = 0,
            },
            new TitlePage()
        );

    private static string AddHeader(MainDocumentPart main, bool withPageNumber)
    {
        var part = main.AddNewPart<HeaderPart>();
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        if (withPageNumber)
            paragraph.Append(new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " });
        part.Header = new Header(paragraph);
        part.Header.Save();
        return main.GetIdOfPart(part);
    }

    private static Table HeaderTable(ReplyLetter letter)
    {
        var left = new TableCell(
            CellWidth(HeaderLeftColumnMm),
            Para(JustificationValues.Center, 0, 0, Text(letter.GoverningBody, HeaderPt)),
            Para(JustificationValues.Center, 0, 0, Text(letter.DepartmentHeading, HeaderPt, bold: true)),
            ShortRule(HeaderLeftColumnMm, 0.4),
            Para(JustificationValues.Center, 120, 0, Text(letter.NumberLine, BodyPt)),
            Para(JustificationValues.Center, 60, 0, Text(letter.Subject, SubjectPt))
        );
        var rightMm = TextWidthMm - HeaderLeftColumnMm;
        var right = new TableCell(
            CellWidth(rightMm),
            Para(JustificationValues.Center, 0, 0, Text(ReplyLetter.NationalName, NationalNamePt, bold: true)),
            Para(JustificationValues.Center, 0, 0, Text(ReplyLetter.Motto, MottoPt, bold: true, underline: true)),
            Para(JustificationValues.Center, 240, 0, Text(letter.PlaceAndDate, BodyPt, italic: true))
        );
        var properties = BorderlessTable();
        // No cell padding: Word's default 1.9 mm a side would push the national name onto two lines in a 95 mm column.
        properties.Append(
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }
            )
        );
        return new Table(
            properties,
            new TableGrid(
                new GridColumn { Width = Twips(HeaderLeftColumnMm).ToString(CultureInfo.InvariantCulture) },
                new GridColumn { Width = Twips(rightMm).ToString(CultureInfo.InvariantCulture) }
            ),
            new TableRow(left, right)
        );
    }

    private static Table SignatureTable(ReplyLetter letter)
    {
        var leftMm = TextWidthMm * 0.5;
        var left = new TableCell(
            CellWidth(leftMm),
            Para(JustificationValues.Left, 240, 0, Text(ReplyLetter.CopyListHeading, CopyHeadingPt, bold: true, italic: true))
        );
        foreach (var line in letter.CopyRecipientLines())
            left.Append(Para(JustificationValues.Left, 0, 0, Text(line, CopyListPt)));
        var right = new TableCell(
            CellWidth(TextWidthMm - leftMm),
            Para(JustificationValues.Center, 240, 0, Text(letter.SigningAuthority, BodyPt, bold: true)),
            Para(JustificationValues.Center, 0, 0, Text(letter.SignerTitle, BodyPt, bold: true)),
            // Room for the signature and the seal, about 3 cm.
            Para(JustificationValues.Center, 1700, 0, Text(letter.SignerName, BodyPt, bold: true))
        );
        return new Table(
            BorderlessTable(),
            new TableGrid(
                new GridColumn { Width = Twips(leftMm).ToString(CultureInfo.InvariantCulture) },
                new GridColumn { Width = Twips(TextWidthMm - leftMm).ToString(CultureInfo.InvariantCulture) }
            ),
            new TableRow(left, right)
        );
    }

    /// <summary>In the schema's order (ECMA-376 17.4.60): width, borders, layout; cell margins may follow.</summary>
    private static TableProperties BorderlessTable() =>
        new(
            new TableWidth { Width = Twips(TextWidthMm).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }
            ),
            new TableLayout { Type = TableLayoutValues.Fixed }
        );

    /// <summary>
    /// The line under the issuing body, a third to a half of its width and centred: an empty paragraph indented from both
    /// sides with a bottom border, which Word draws exactly as long as the paragraph.
    /// </summary>
    private static Paragraph ShortRule(double columnMm, double fraction)
    {
        var indent = Twips(columnMm * (1 - fraction) / 2).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(
                    new BottomBorder
                    {
                        Val = BorderValues.Single,
                        Size = 6,
                        Space = 1,
                        Color = "000000",
                    }
                ),
                new SpacingBetweenLines
                {
                    Before = "0",
                    After = "0",
                    Line = "60",
                    LineRule = LineSpacingRuleValues.Exact,
                },
                new Indentation { Left = indent, Right = indent }
            )
        );
    }
}
