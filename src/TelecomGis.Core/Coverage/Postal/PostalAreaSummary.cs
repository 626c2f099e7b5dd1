namespace TelecomGis.Core.Coverage.Postal;

/// <summary>The yardsticks added up over a district or the province, with the rural communes (xã) lacking a cultural post office.</summary>
/// <param name="Name">The district's name, or the province's.</param>
public sealed record PostalAreaSummary(string Name, int Communes, int CommunesWithoutCulturalPostOffice, PostalServiceFigures Figures);
