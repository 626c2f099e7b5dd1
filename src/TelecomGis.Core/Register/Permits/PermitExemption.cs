using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Register.Permits;

/// <summary>
/// A legal basis a structure may rely on to stand without a construction permit (miễn giấy phép xây dựng), with the provision it
/// cites. Immutable.
/// </summary>
/// <param name="Code">The code the stores and the API spell.</param>
/// <param name="CitationVi">The provision as a Vietnamese letter would cite it.</param>
/// <param name="OnlyNotBulky">The basis covers only antenna poles that are not bulky (cột ăng ten không cồng kềnh, classes A1a/A1b).</param>
/// <param name="Confirmed">Whether the provision's wording was confirmed against a published text (see <see cref="PermitExemptions"/>).</param>
public sealed record PermitExemption(
    string Code,
    string CitationVi,
    string CitationEn,
    string WhatVi,
    string WhatEn,
    bool OnlyNotBulky,
    bool Confirmed
)
{
    /// <summary>Whether a structure of this class may rely on the basis.</summary>
    public bool CoversClass(PoleClass poleClass) => !OnlyNotBulky || poleClass.IsNotBulky();
}

/// <summary>
/// The exemptions a telecom structure may cite, and "another provision" for what the list does not hold (a province's own
/// decision, say), whose citation the recorder writes out.
/// </summary>
/// <remarks>
/// Sources, read December 2026:
/// <list type="bullet">
/// <item>Luật Xây dựng số 50/2014/QH13, Điều 89 khoản 2 as amended by Luật số 62/2020/QH14: point đ exempts "công trình hạ tầng
/// kỹ thuật viễn thông thụ động theo quy định của Chính phủ" (the amended list as published by thanhnien.vn, June 2020, and
/// apolatlegal.com). Which decree details the passive-infrastructure exemption was not confirmed.</item>
/// <item>Thông tư liên tịch số 15/2016/TTLT-BTTTT-BXD, Điều 5 khoản 2 (thuviennhadat.vn, 13 November 2024): point a, antenna poles
/// of an antenna-pole system outside urban areas that fit the approved passive telecom infrastructure plan or whose route was
/// approved; point b, antenna poles that are not bulky, defined in its Điều 3 (a self-standing pole on a building no taller than
/// 20 % of the building and at most 3 m, …: phaplyduan.vn). Point b's full wording, and whether the circular still applies
/// unchanged after Luật 62/2020, were not confirmed: <see cref="PermitExemption.Confirmed"/> is false for it.</item>
/// </list>
/// </remarks>
public static class PermitExemptions
{
    public const string OtherCode = "other";

    public static PermitExemption PassiveInfrastructure { get; } =
        new(
            "lxd-89-2-dd",
            "điểm đ khoản 2 Điều 89 Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung bởi Luật số 62/2020/QH14",
            "Construction Law 50/2014/QH13, Article 89(2)(đ), as amended by Law 62/2020/QH14",
            "công trình hạ tầng kỹ thuật viễn thông thụ động theo quy định của Chính phủ",
            "passive telecom infrastructure as the Government provides",
            false,
            true
        );

    public static PermitExemption OutsideUrbanInPlan { get; } =
        new(
            "ttlt15-5-2-a",
            "điểm a khoản 2 Điều 5 Thông tư liên tịch số 15/2016/TTLT-BTTTT-BXD",
            "Joint Circular 15/2016/TTLT-BTTTT-BXD, Article 5(2)(a)",
            "cột ăng ten ngoài đô thị phù hợp với quy hoạch hạ tầng kỹ thuật viễn thông thụ động đã được phê duyệt",
            "an antenna pole outside urban areas that fits the approved passive telecom infrastructure plan",
            false,
            true
        );

    public static PermitExemption NotBulky { get; } =
        new(
            "ttlt15-5-2-b",
            "điểm b khoản 2 Điều 5 Thông tư liên tịch số 15/2016/TTLT-BTTTT-BXD",
            "Joint Circular 15/2016/TTLT-BTTTT-BXD, Article 5(2)(b)",
            "cột ăng ten không cồng kềnh",
            "an antenna pole that is not bulky",
            true,
            false
        );

    public static IReadOnlyList<PermitExemption> Known { get; } = [PassiveInfrastructure, OutsideUrbanInPlan, NotBulky];

    /// <summary>A known basis by its code; null for <see cref="OtherCode"/> or an unknown code.</summary>
    public static PermitExemption? Find(string? code) =>
        Known.FirstOrDefault(e => string.Equals(e.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
