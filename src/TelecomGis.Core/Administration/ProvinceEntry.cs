using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Administration;

/// <summary>One of the 34 provinces since 1 July 2025 (Resolution 202/2025/QH15), with the provinces it took in.</summary>
/// <param name="Code">The 2025 province code (mã ĐVHC), e.g. "31".</param>
/// <param name="Name">The Vietnamese name without the kind, e.g. "Hải Phòng".</param>
/// <param name="NameEn">The name as English letters write it, without marks, e.g. "Hai Phong".</param>
/// <param name="IsCity">A centrally governed city (thành phố trực thuộc Trung ương) rather than a province (tỉnh).</param>
/// <param name="Former">The pre-2025 provinces it is made of, as <see cref="CentralMeridianTable"/> names them; the first is the one
/// whose name (and seat) the 2025 unit keeps.</param>
public sealed record ProvinceEntry(string Code, string Name, string NameEn, bool IsCity, IReadOnlyList<string> Former)
{
    /// <summary>"tỉnh Quảng Ninh", "thành phố Hải Phòng": as a plan's or a department's title writes it.</summary>
    public string TitleVi => $"{(IsCity ? "thành phố" : "tỉnh")} {Name}";

    /// <summary>Whether several pre-2025 provinces with different meridians make it up, so that <c>--epsg</c> matters.</summary>
    public bool SpansSeveralMeridians => Former.Select(CentralMeridianTable.Of).Distinct().Count() > 1;

    /// <summary>
    /// The default TM-3 system: the meridian of the former province whose name the 2025 unit keeps (Hải Phòng 105°45′,
    /// Vĩnh Long 105°30′). Its seat, most of its administration's drawings and its name come from that unit; surveys of the
    /// others' territory keep their own meridians, which <see cref="CandidateEpsgs"/> lists and <c>--epsg</c> may choose.
    /// </summary>
    public int DefaultEpsg => CentralMeridianTable.CrsOf(Former[0]).Epsg;

    /// <summary>Every TM-3 system a survey of this province may use: one per distinct former meridian, the default first.</summary>
    public IReadOnlyList<(int Epsg, IReadOnlyList<string> Provinces)> CandidateEpsgs =>
        [
            .. Former
                .GroupBy(f => CentralMeridianTable.CrsOf(f).Epsg)
                .Select(g => (g.Key, (IReadOnlyList<string>)[.. g]))
                .OrderBy(c => c.Key == DefaultEpsg ? 0 : 1),
        ];
}
