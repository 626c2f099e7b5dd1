using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Reports;

/// <summary>The part of a reply letter about one site: its paragraph, the reasons behind its verdict, and its map figure.</summary>
/// <param name="Number">1-based, as the letter numbers the sites and their figures.</param>
/// <param name="Paragraph">The site, where it stands (VN-2000 X/Y) and its verdict, as one sentence or two.</param>
/// <param name="Reasons">The objections' Vietnamese messages (fail and consult outcomes), in rule order.</param>
/// <param name="Notes">The warnings' messages (a declared commune that differs, a school within the EMF distance): they do
/// not change the verdict, but the carrier should read them.</param>
/// <param name="Coordinates">The site in the province's VN-2000 TM-3 system: X northing, Y easting.</param>
/// <param name="FigurePng">The site's map figure, when one was drawn.</param>
/// <param name="FigureCaption">"Hình n. …", under the figure.</param>
public sealed record SiteSection(
    int Number,
    AppraisalResult Result,
    Vn2000Coordinates Coordinates,
    string Paragraph,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Notes,
    string FigureCaption,
    byte[]? FigurePng = null
)
{
    public string VerdictVi => Result.Verdict.Vietnamese();
}
