namespace TelecomGis.Core.Infrastructure;

/// <summary>Radio access technology of a sector.</summary>
public enum Technology
{
    G2,
    G3,
    G4,
    G5,
}

public static class Technologies
{
    public static Technology Parse(string text) =>
        text.Trim().ToUpperInvariant() switch
        {
            "2G" or "GSM" or "G2" => Technology.G2,
            "3G" or "UMTS" or "G3" => Technology.G3,
            "4G" or "LTE" or "G4" => Technology.G4,
            "5G" or "NR" or "G5" => Technology.G5,
            _ => throw new FormatException($"Unknown technology '{text}' (expected 2G, 3G, 4G or 5G)."),
        };

    public static string Label(this Technology t) =>
        t switch
        {
            Technology.G2 => "2G",
            Technology.G3 => "3G",
            Technology.G4 => "4G",
            _ => "5G",
        };
}
