using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static TelecomGis.Reports.DecreeLayout;
using static TelecomGis.Reports.DecreeParagraphs;

namespace TelecomGis.Reports;

/// <summary>Writes a consultation request as a Word document in the layout of Decree 30/2020/NĐ-CP (as the reply letter is laid out).</summary>
public static class DocxConsultationWriter
{
    public static byte[] Write(ConsultationRequest request)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            body.Append(Header(request));
            if (request.Recipients.Count == 1)
                body.Append(Para(JustificationValues.Center, 240, 120, Run($"Kính gửi: {request.Recipients[0]}.")));
            else
            {
                body.Append(Para(JustificationValues.Center, 240, 0, Run("Kính gửi:")));
                foreach (var (r, i) in request.Recipients.Select((r, i) => (r, i)))
                    body.Append(Para(JustificationValues.Center, 0, 0, Run($"- {r}{(i == request.Recipients.Count - 1 ? "." : ";")}")));
            }
            foreach (var paragraph in request.Body)
                body.Append(BodyParagraph(paragraph));
            body.Append(Signature(request));
            body.Append(
                new SectionProperties(
                    new PageSize { Width = (UInt32Value)(uint)Twips(PageWidthMm), Height = (UInt32Value)(uint)Twips(PageHeightMm) },
                    new PageMargin
                    {
                        Top = Twips(TopMarginMm),
                        Bottom = Twips(BottomMarginMm),
                        Left = (UInt32Value)(uint)Twips(LeftMarginMm),
                        Right = (UInt32Value)(uint)Twips(RightMarginMm),
                    }
                )
            );
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Table Header(ConsultationRequest r) =>
        TwoColumns(
            HeaderLeftColumnMm,
            [
                Para(JustificationValues.Center, 0, 0, Run(r.GoverningBody, HeaderPt)),
                Para(JustificationValues.Center, 0, 0, Run(r.DepartmentHeading, HeaderPt, bold: true)),
                Para(JustificationValues.Center, 120, 0, Run(r.NumberLine)),
                Para(JustificationValues.Center, 60, 0, Run(r.Subject, SubjectPt)),
            ],
            [
                Para(JustificationValues.Center, 0, 0, Run(ReplyLetter.NationalName, NationalNamePt, bold: true)),
                Para(JustificationValues.Center, 0, 0, Run(ReplyLetter.Motto, MottoPt, bold: true, underline: true)),
                Para(JustificationValues.Center, 240, 0, Run(r.PlaceAndDate, italic: true)),
            ]
        );

    private static Table Signature(ConsultationRequest r)
    {
        var left = new List<Paragraph>
        {
            Para(JustificationValues.Left, 240, 0, Run(ReplyLetter.CopyListHeading, CopyHeadingPt, bold: true, italic: true)),
        };
        left.AddRange(
            r.CopyRecipients.Select(
                (c, i) => Para(JustificationValues.Left, 0, 0, Run($"- {c}{(i == r.CopyRecipients.Count - 1 ? "." : ";")}", CopyListPt))
            )
        );
        return TwoColumns(
            TextWidthMm * 0.5,
            left,
            [
                Para(JustificationValues.Center, 240, 0, Run(r.SigningAuthority, bold: true)),
                Para(JustificationValues.Center, 0, 0, Run(r.SignerTitle, bold: true)),
                Para(JustificationValues.Center, 1700, 0, Run(r.SignerName, bold: true)),
            ]
        );
    }

    private static Table TwoColumns(double leftMm, IEnumerable<Paragraph> left, IEnumerable<Paragraph> right)
    {
        var rightMm = TextWidthMm - leftMm;
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None },
            new InsideVerticalBorder { Val = BorderValues.None }
        );
        return new Table(
            new TableProperties(
                new TableWidth { Width = Twips(TextWidthMm).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                none,
                new TableLayout { Type = TableLayoutValues.Fixed }
            ),
            new TableGrid(
                new GridColumn { Width = Twips(leftMm).ToString(CultureInfo.InvariantCulture) },
                new GridColumn { Width = Twips(rightMm).ToString(CultureInfo.InvariantCulture) }
            ),
            new TableRow(Cell(leftMm, left), Cell(rightMm, right))
        );
    }

    private static TableCell Cell(double mm, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(
            new TableCellProperties(
                new TableCellWidth { Width = Twips(mm).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }
            )
        );
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph BodyParagraph(string text) => DecreeParagraphs.BodyParagraph(text, font: FontName);

    private static Run Run(string text, double pt = BodyPt, bool bold = false, bool italic = false, bool underline = false) =>
        Text(text, pt, bold, italic, underline, FontName);
}
