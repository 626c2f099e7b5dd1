namespace TelecomGis.Core.Coverage.Postal;

/// <summary>Postal service per commune (the units valid on <see cref="CommunesOn"/>), per district (the units valid on
/// <see cref="DistrictsOn"/>, null when the plan has no districts) and for the province.</summary>
public sealed record PostalReport(
    DateOnly CommunesOn,
    IReadOnlyList<CommunePostalService> Communes,
    DateOnly? DistrictsOn,
    IReadOnlyList<PostalAreaSummary> Districts,
    PostalAreaSummary Province
)
{
    /// <summary>
    /// Rural communes (xã) with no cultural post office: the point is the commune's own (Bưu điện – Văn hóa xã) and the new-rural-area
    /// criterion counts xã only, so a ward without one is not a gap (see <see cref="Reporting.CulturalPostOffices"/>).
    /// </summary>
    public IEnumerable<CommunePostalService> CommunesWithoutCulturalPostOffice =>
        Communes.Where(c => c.Commune.Kind == Administration.AdministrativeUnitKind.Commune && !c.HasCulturalPostOffice);
}
