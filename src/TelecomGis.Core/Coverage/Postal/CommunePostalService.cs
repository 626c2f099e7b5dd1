using TelecomGis.Core.Administration;

namespace TelecomGis.Core.Coverage.Postal;

/// <summary>One commune's postal service: its points, whether it has a commune cultural post office, the yardsticks, and how far
/// its headquarters lies from the nearest point of any kind.</summary>
/// <param name="CulturalPostOffices">Điểm Bưu điện – Văn hóa xã in the commune.</param>
/// <param name="NearestPointId">The nearest service point to the headquarters (possibly in another commune), or null when there is none.</param>
/// <param name="NearestPointDistanceM">Planar distance in the province's TM-3 plane, metres.</param>
public sealed record CommunePostalService(
    Commune Commune,
    PostalServiceFigures Figures,
    int CulturalPostOffices,
    CommuneHeadquarters Headquarters,
    string? NearestPointId,
    double NearestPointDistanceM
)
{
    public bool HasCulturalPostOffice => CulturalPostOffices > 0;
}
