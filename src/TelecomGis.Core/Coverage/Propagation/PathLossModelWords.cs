using TelecomGis.Core.Coverage.WithTerrain;

namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// A propagation model named in Vietnamese, for tables a person reads (servers.csv): the model's own designation, which is a name
/// in either language (Okumura–Hata, COST-231 Hata, 3GPP TR 38.901 UMa NLOS, ITM 1.2.2), with its qualifiers in Vietnamese. The
/// environment a Hata model was corrected for has a column of its own, so it is not repeated here.
/// </summary>
public static class PathLossModelWords
{
    public static string Vietnamese(IPathLossModel model) =>
        model switch
        {
            OkumuraHataModel => "Okumura–Hata",
            Cost231HataModel c => c.MetropolitanCorrectionDb > 0
                ? "COST-231 Hata (trung tâm đô thị lớn, Cm 3 dB)"
                : "COST-231 Hata (Cm 0 dB)",
            FreeSpaceModel => "Suy hao không gian tự do",
            ItmOverTerrainModel itm => $"ITM 1.2.2 theo địa hình (nơi không có dữ liệu địa hình: {Vietnamese(itm.Fallback)})",
            // The 3GPP models' names are their designations in the report (UMa/RMa, LOS/NLOS).
            _ => model.Name,
        };
}
