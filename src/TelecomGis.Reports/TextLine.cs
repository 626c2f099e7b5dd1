namespace TelecomGis.Reports;

/// <summary>One wrapped line of a paragraph: its words, their natural width, and whether it ends the paragraph (never stretched).</summary>
internal sealed record TextLine(IReadOnlyList<string> Words, float WidthPt, bool IsLast);
