using TelecomGis.Core.Coverage.Propagation.Itm;

namespace TelecomGis.Core.Coverage.Propagation;

/// <summary>
/// The path-loss models' validity notes in Vietnamese, for what a Vietnamese reader is shown (the CLI's coverage summary). The
/// notes themselves stay English constants, as servers.csv's <c>validity_note</c> carries them: the grid's per-cell call must
/// allocate nothing, so a note is translated where it is shown, once per kind of note.
/// </summary>
public static class ValidityNoteWords
{
    /// <summary>A note as a model or <see cref="RadialProfile"/> writes it ("ITM: …" and several phrases joined by "; " included).</summary>
    public static string Vietnamese(string note)
    {
        if (note.StartsWith(ItmPrefix, StringComparison.Ordinal))
            return "ITM: " + Vietnamese(note[ItmPrefix.Length..]);
        return string.Join("; ", note.Split("; ").Select(p => Phrases.GetValueOrDefault(p, p)));
    }

    private const string ItmPrefix = "ITM: ";

    private static readonly Dictionary<string, string> Phrases = new(StringComparer.Ordinal)
    {
        ["outside the model's validity"] = "ngoài phạm vi áp dụng của mô hình",
        [HataValidity.BaseHeight] = "độ cao ăng-ten trạm gốc ngoài khoảng 30–200 m",
        [HataValidity.MobileHeight] = "độ cao ăng-ten máy di động ngoài khoảng 1–10 m",
        [HataValidity.Distance] = "khoảng cách ngoài khoảng 1–20 km",
        [OkumuraHataModel.BandNote] = "tần số ngoài dải 150–1500 MHz của mô hình Okumura–Hata",
        [Cost231HataModel.BandNote] = "tần số ngoài dải 1500–2000 MHz của mô hình COST-231 Hata",
        ["frequency outside TR 38.901 RMa's 0.5–30 GHz"] = "tần số ngoài dải 0,5–30 GHz của mô hình TR 38.901 RMa",
        ["distance outside TR 38.901 RMa LOS's 10 m–10 km"] = "khoảng cách ngoài khoảng 10 m–10 km của TR 38.901 RMa (nhìn thẳng)",
        ["distance outside TR 38.901 RMa NLOS's 10 m–5 km"] = "khoảng cách ngoài khoảng 10 m–5 km của TR 38.901 RMa (bị che chắn)",
        ["base antenna height outside TR 38.901 RMa's 10–150 m"] = "độ cao ăng-ten trạm gốc ngoài khoảng 10–150 m của TR 38.901 RMa",
        ["mobile antenna height outside TR 38.901 RMa's 1–10 m"] = "độ cao ăng-ten máy di động ngoài khoảng 1–10 m của TR 38.901 RMa",
        ["frequency outside TR 38.901 UMa's 0.5–100 GHz"] = "tần số ngoài dải 0,5–100 GHz của mô hình TR 38.901 UMa",
        ["distance outside TR 38.901 UMa's 10 m–5 km"] = "khoảng cách ngoài khoảng 10 m–5 km của TR 38.901 UMa",
        ["base antenna height other than TR 38.901 UMa's 25 m (extrapolated)"] =
            "độ cao ăng-ten trạm gốc khác 25 m của TR 38.901 UMa (ngoại suy)",
        ["mobile antenna height outside TR 38.901 UMa's 1.5–22.5 m"] =
            "độ cao ăng-ten máy di động ngoài khoảng 1,5–22,5 m của TR 38.901 UMa",
        ["transmitter height outside 1–1000 m"] = "độ cao ăng-ten phát ngoài khoảng 1–1000 m",
        ["receiver height outside 1–1000 m"] = "độ cao ăng-ten thu ngoài khoảng 1–1000 m",
        ["frequency outside 40 MHz–10 GHz"] = "tần số ngoài dải 40 MHz–10 GHz",
        ["path longer than 1000 km"] = "đường truyền dài hơn 1000 km",
        ["path longer than 2000 km"] = "đường truyền dài hơn 2000 km",
        ["path too short for the difference of the effective heights"] = "đường truyền quá ngắn so với chênh lệch độ cao hiệu dụng",
        ["path shorter than 1 km"] = "đường truyền ngắn hơn 1 km",
        ["transmitter horizon angle above 200 mrad"] = "góc chân trời phía phát lớn hơn 200 mrad",
        ["receiver horizon angle above 200 mrad"] = "góc chân trời phía thu lớn hơn 200 mrad",
        ["transmitter horizon under a tenth of the smooth-earth horizon"] =
            "chân trời phía phát gần hơn một phần mười chân trời mặt đất nhẵn",
        ["receiver horizon under a tenth of the smooth-earth horizon"] = "chân trời phía thu gần hơn một phần mười chân trời mặt đất nhẵn",
        ["transmitter horizon over three times the smooth-earth horizon"] = "chân trời phía phát xa hơn ba lần chân trời mặt đất nhẵn",
        ["receiver horizon over three times the smooth-earth horizon"] = "chân trời phía thu xa hơn ba lần chân trời mặt đất nhẵn",
        ["a requested percentage lies far in its distribution's tail"] = "một tỷ lệ phần trăm yêu cầu nằm quá xa ở đuôi phân bố",
        ["surface refractivity below 250 N-units"] = "chiết suất bề mặt dưới 250 đơn vị N",
    };
}
