namespace TelecomGis.Core.Administration;

/// <summary>The kind of a commune-level unit (xã, phường, thị trấn, đặc khu).</summary>
public enum AdministrativeUnitKind
{
    /// <summary>Xã: rural commune.</summary>
    Commune,

    /// <summary>Phường: urban ward.</summary>
    Ward,

    /// <summary>Thị trấn: township (before July 2025).</summary>
    Township,

    /// <summary>Đặc khu: special zone (Vân Đồn, Cô Tô since July 2025).</summary>
    SpecialZone,
}

public static class AdministrativeUnitKinds
{
    /// <summary>Reads the Vietnamese word for the kind ("Xã", "Phường", "Thị trấn", "Đặc khu") or the English name.</summary>
    public static AdministrativeUnitKind Parse(string text) =>
        text.Trim().ToLowerInvariant() switch
        {
            "xã" or "xa" or "commune" => AdministrativeUnitKind.Commune,
            "phường" or "phuong" or "ward" => AdministrativeUnitKind.Ward,
            "thị trấn" or "thi tran" or "township" => AdministrativeUnitKind.Township,
            "đặc khu" or "dac khu" or "specialzone" or "special_zone" => AdministrativeUnitKind.SpecialZone,
            _ => throw new FormatException($"Unknown administrative unit kind '{text}'."),
        };

    public static string VietnameseName(this AdministrativeUnitKind kind) =>
        kind switch
        {
            AdministrativeUnitKind.Commune => "Xã",
            AdministrativeUnitKind.Ward => "Phường",
            AdministrativeUnitKind.Township => "Thị trấn",
            _ => "Đặc khu",
        };

    /// <summary>Wards and townships are urban; the plan's spacing rule uses this when a zone does not say.</summary>
    public static bool IsUrban(this AdministrativeUnitKind kind) => kind is AdministrativeUnitKind.Ward or AdministrativeUnitKind.Township;
}
