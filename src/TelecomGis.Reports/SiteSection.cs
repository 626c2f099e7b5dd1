using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Geodesy;

namespace TelecomGis.Reports;

/// <summary>How the letter answers one row of the dossier: the heading it stands under.</summary>
public enum SiteAnswer
{
    /// <summary>The department agrees: the site conforms, or the appraiser approved it.</summary>
    Approved,

    /// <summary>The appraiser approved it with conditions the carrier must meet.</summary>
    ApprovedWithConditions,

    /// <summary>The department does not agree: the site does not conform, or the appraiser refused it.</summary>
    Refused,

    /// <summary>The competent authority must be consulted before the department concludes.</summary>
    Consultation,

    /// <summary>The row could not be appraised: the dossier of this site is incomplete or wrong.</summary>
    Incomplete,
}

/// <summary>The part of a reply letter about one row of the dossier: its paragraph, the reasons behind its answer, and its map figure.</summary>
/// <param name="Number">1-based over the whole letter, as the figures are numbered.</param>
/// <param name="SiteCode">The carrier's code of the site, as the dossier gives it (may be empty on a rejected row).</param>
/// <param name="Result">The appraisal; null for a row that could not be appraised.</param>
/// <param name="Paragraph">The site, where it stands (VN-2000 X/Y) and its verdict; for a rejected row, what is missing.</param>
/// <param name="Reasons">The objections' Vietnamese messages (fail and consult outcomes), in rule order.</param>
/// <param name="Notes">The warnings' messages (a declared commune that differs, a school within the EMF distance): they do
/// not change the verdict, but the carrier should read them.</param>
/// <param name="Decision">The appraiser's decision as the letter states it ("Ý kiến của Sở: …"); null when none was given.</param>
/// <param name="Coordinates">The site in the province's VN-2000 TM-3 system: X northing, Y easting; null for a rejected row.</param>
/// <param name="FigurePng">The site's map figure, when one was drawn.</param>
/// <param name="FigureCaption">"Hình n. …", under the figure; empty for a rejected row.</param>
public sealed record SiteSection(
    int Number,
    string SiteCode,
    SiteAnswer Answer,
    AppraisalResult? Result,
    Vn2000Coordinates? Coordinates,
    string Paragraph,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Notes,
    string? Decision,
    string FigureCaption,
    byte[]? FigurePng = null
)
{
    public string VerdictVi => Result?.Verdict.Vietnamese() ?? "Hồ sơ chưa hợp lệ";
}

/// <summary>The sites the letter answers alike, under one numbered heading.</summary>
public sealed record SiteGroup(SiteAnswer Answer, string Heading, IReadOnlyList<SiteSection> Sites);
