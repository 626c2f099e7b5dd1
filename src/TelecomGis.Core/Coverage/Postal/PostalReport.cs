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
    public IEnumerable<CommunePostalService> CommunesWithoutCulturalPostOffice => Communes.Where(c => !c.HasCulturalPostOffice);
}
