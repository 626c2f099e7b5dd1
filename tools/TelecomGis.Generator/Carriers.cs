namespace TelecomGis.Generator;

/// <summary>The carriers of the bundle and their rough shares of sites in the province (synthetic weights).</summary>
public static class Carriers
{
    public static readonly IReadOnlyList<string> All = ["Viettel", "VNPT", "MobiFone", "Vietnamobile"];
    public static readonly IReadOnlyList<double> Share = [0.42, 0.26, 0.24, 0.08];

    /// <summary>How each carrier writes its site codes, so that codes look like theirs and never collide across carriers.</summary>
    public static string SiteCode(string carrier, int number) =>
        carrier switch
        {
            "Viettel" => $"QNH{number:0000}",
            "VNPT" => $"QNI-VNP-{number:0000}",
            "MobiFone" => $"MBF_QNH{number:0000}",
            _ => $"VNM-QN-{number:000}",
        };
}
