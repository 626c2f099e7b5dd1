using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage.Postal;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// Rural communes with a commune cultural post office (điểm Bưu điện – Văn hóa xã). The new-rural-area criterion counts xã only,
/// so wards (phường), townships (thị trấn) and special zones (đặc khu) are in neither the count nor the denominator: that is why
/// Quảng Ninh wrote 114 of 115 communes in 2015 (shared/spec/COVERAGE.md; Đại Thành, Tiên Yên had none).
/// </summary>
/// <param name="RuralCommunes">Xã valid on the day.</param>
/// <param name="WithCulturalPostOffice">Those with at least one.</param>
public readonly record struct CulturalPostOffices(int RuralCommunes, int WithCulturalPostOffice)
{
    public static CulturalPostOffices Of(IEnumerable<CommunePostalService> communes)
    {
        var rural = communes.Where(c => c.Commune.Kind == AdministrativeUnitKind.Commune).ToList();
        return new CulturalPostOffices(rural.Count, rural.Count(c => c.HasCulturalPostOffice));
    }

    public double? SharePercent => RuralCommunes == 0 ? null : 100.0 * WithCulturalPostOffice / RuralCommunes;
}
