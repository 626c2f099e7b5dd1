using System.Globalization;

namespace TelecomGis.Core.Register.Permits;

/// <summary>Whether a structure stands on a construction permit or on an exemption from one.</summary>
public enum PermitKind
{
    Permit,
    Exemption,
}

/// <summary>
/// A structure's construction permit (giấy phép xây dựng: number, date, issuing authority) or the exemption it relies on (the
/// provision cited), as the department recorded it: appended, never changed; a later record replaces an earlier one in the
/// structure's legal status, and both stay in the store.
/// </summary>
/// <param name="Id">0 before it is recorded.</param>
/// <param name="Number">The permit's number, e.g. "125/GPXD"; null for an exemption.</param>
/// <param name="IssuedOn">The permit's date; null for an exemption.</param>
/// <param name="IssuedBy">The authority that issued the permit, e.g. "Sở Xây dựng tỉnh Quảng Ninh"; null for an exemption.</param>
/// <param name="ExemptionCode">A <see cref="PermitExemptions"/> code, or <see cref="PermitExemptions.OtherCode"/>; null for a permit.</param>
/// <param name="Citation">The provision the exemption relies on, as cited; null for a permit.</param>
public sealed record ConstructionPermit(
    long Id,
    string StructureId,
    PermitKind Kind,
    string? Number,
    DateOnly? IssuedOn,
    string? IssuedBy,
    string? ExemptionCode,
    string? Citation,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt
)
{
    public string KindCode => Kind == PermitKind.Permit ? "permit" : "exemption";

    public static PermitKind? ParseKind(string? code) =>
        code?.Trim().ToLowerInvariant() switch
        {
            "permit" => PermitKind.Permit,
            "exemption" => PermitKind.Exemption,
            _ => null,
        };

    /// <summary>The structure record's line: "Giấy phép xây dựng: số … ngày … của …" or "Miễn giấy phép theo …".</summary>
    public string Vi() =>
        Kind == PermitKind.Permit
            ? $"Giấy phép xây dựng: số {Number} ngày {IssuedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của {IssuedBy}"
        : PermitExemptions.Find(ExemptionCode) is { } known ? $"Miễn giấy phép theo {known.CitationVi} ({known.WhatVi})"
        : $"Miễn giấy phép theo {Citation}";

    public string En() =>
        Kind == PermitKind.Permit
            ? $"Construction permit no. {Number} of {IssuedOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, issued by {IssuedBy}"
        : PermitExemptions.Find(ExemptionCode) is { } known ? $"Exempt from a construction permit under {known.CitationEn} ({known.WhatEn})"
        : $"Exempt from a construction permit under {Citation}";

    /// <summary>Each structure's permit or exemption in force: its latest record (by id) up to an instant when given.</summary>
    public static IReadOnlyDictionary<string, ConstructionPermit> Latest(
        IEnumerable<ConstructionPermit> records,
        DateTimeOffset? asOf = null
    )
    {
        var latest = new Dictionary<string, ConstructionPermit>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in records.OrderBy(p => p.Id))
        {
            if (asOf is { } t && p.RecordedAt > t)
                continue;
            latest[p.StructureId] = p;
        }
        return latest;
    }
}
