using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TelecomGis.Reports;

/// <summary>
/// A PNG placed inline in a Word paragraph. OpenXML has no one-call API for this: the drawing markup below is the minimal
/// form Word and LibreOffice accept (ECMA-376 Part 1, 20.4 DrawingML – WordprocessingML Drawing).
/// </summary>
internal static class DocxPicture
{
    private const long EmuPerMm = 36000;

    public static W.Run Inline(MainDocumentPart main, byte[] png, int id, double widthMm)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var s = new MemoryStream(png))
            part.FeedData(s);
        var relationshipId = main.GetIdOfPart(part);
        var (wPx, hPx) = PngSize(png);
        var cx = (long)(widthMm * EmuPerMm);
        var cy = cx * hPx / wPx;
        var name = $"Hinh{id}.png";

        var graphic = new A.Graphic(
            new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name },
                        new PIC.NonVisualPictureDrawingProperties()
                    ),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }
                    )
                )
            )
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }
        );

        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent
            {
                LeftEdge = 0L,
                TopEdge = 0L,
                RightEdge = 0L,
                BottomEdge = 0L,
            },
            new DW.DocProperties { Id = (uint)id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic
        )
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new W.Run(new W.Drawing(inline));
    }

    /// <summary>Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian): no decoder needed for two numbers.</summary>
    internal static (long Width, long Height) PngSize(byte[] png)
    {
        if (png.Length < 24)
            throw new ArgumentException("Not a PNG.", nameof(png));
        return (
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))
        );
    }
}
