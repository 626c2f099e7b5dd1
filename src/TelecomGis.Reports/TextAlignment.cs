namespace TelecomGis.Reports;

/// <summary>How a PDF paragraph sits between its margins; the decree's body is justified, its headings centred.</summary>
internal enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
