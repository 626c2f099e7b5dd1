using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// The structures table (vị trí trạm, cột ăng ten) and the BTS table, from the register's structures standing on a day. A BTS
/// (trạm BTS) is one <see cref="Installation"/>: one carrier's equipment of one technology on a structure, as the register and
/// <see cref="RegisterState.Counts"/> count them (Hải Dương: 2,952 BTS on about 1,300 positions), so a structure carrying
/// Viettel's 2G and 4G and VNPT's 4G counts 3 BTS. A tenant the register names without itemised equipment (an imported site's
/// other carriers) makes the structure shared but adds no BTS. The sharing ratio is shared structures (two carriers or more)
/// over all structures. Communes are those valid on the index's day: wards and communes after 1 July 2025, the former
/// districts' communes before, which also gives the former district table.
/// </summary>
public static class StructureFigures
{
    public static IEnumerable<ReportFigure> Summary(IReadOnlyList<AntennaStructure> sites)
    {
        var installations = sites.Sum(s => s.Carriers.Count);
        var shared = sites.Count(IsShared);
        yield return new ReportFigure(
            "structures",
            "1",
            "Tổng số vị trí trạm (cột ăng ten)",
            "Structures",
            "vị trí",
            sites.Count,
            IsTotal: true
        );
        yield return new ReportFigure(
            "a1",
            "1.1",
            "Cột ăng ten loại A1 (không cồng kềnh)",
            "Class A1 (not bulky)",
            "vị trí",
            sites.Count(s => s.PoleClass.IsNotBulky())
        );
        yield return new ReportFigure(
            "a2",
            "1.2",
            "Cột ăng ten loại A2 (cồng kềnh)",
            "Class A2 (bulky)",
            "vị trí",
            sites.Count(s => !s.PoleClass.IsNotBulky())
        );
        yield return new ReportFigure(
            "camouflaged",
            "1.3",
            "Trạm ngụy trang, thân thiện môi trường",
            "Camouflaged",
            "vị trí",
            sites.Count(s => s.Camouflaged)
        );
        yield return new ReportFigure(
            "shared",
            "2",
            "Vị trí dùng chung hạ tầng (từ 2 doanh nghiệp)",
            "Shared structures",
            "vị trí",
            shared
        );
        yield return new ReportFigure(
            "sharing-ratio",
            "2.1",
            "Tỷ lệ vị trí dùng chung hạ tầng",
            "Sharing ratio",
            "%",
            sites.Count == 0 ? null : 100.0 * shared / sites.Count,
            FigureFormat.Percent
        );
        yield return new ReportFigure(
            "installations",
            "3",
            "Lượt lắp đặt thiết bị của doanh nghiệp",
            "Carrier installations",
            "lượt",
            installations,
            IsTotal: true
        );
        yield return new ReportFigure(
            "bts",
            "4",
            "Tổng số trạm BTS",
            "BTS (installations per technology)",
            "trạm",
            sites.Sum(Bts),
            IsTotal: true
        );
        var n = 0;
        foreach (var t in Enum.GetValues<Technology>())
        {
            n++;
            yield return new ReportFigure(
                "bts:" + t.Label(),
                $"4.{n}",
                $"Trạm BTS {t.Label()}",
                $"{t.Label()} BTS",
                "trạm",
                sites.Sum(s => s.Installations.Count(i => i.Technology == t))
            );
        }
    }

    /// <summary>Per carrier: structures owned, installations (own and on others' structures), BTS per technology.</summary>
    public static IEnumerable<ReportFigure> ByCarrier(IReadOnlyList<AntennaStructure> sites)
    {
        var carriers = sites.SelectMany(s => s.Carriers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var number = 0;
        foreach (var carrier in carriers)
        {
            number++;
            var on = sites.Where(s => s.Carriers.Contains(carrier, StringComparer.Ordinal)).ToList();
            var own = sites.SelectMany(s => s.Installations).Where(i => i.Carrier == carrier).ToList();
            var key = "carrier:" + carrier;
            yield return new ReportFigure(
                key + ":bts",
                $"{number}",
                $"{carrier}: trạm BTS",
                $"{carrier}: BTS",
                "trạm",
                own.Count,
                IsTotal: true
            );
            yield return new ReportFigure(
                key + ":owned",
                $"{number}.1",
                "Vị trí trạm sở hữu",
                "Structures owned",
                "vị trí",
                sites.Count(s => s.Owner == carrier)
            );
            yield return new ReportFigure(
                key + ":installations",
                $"{number}.2",
                "Vị trí có lắp đặt thiết bị",
                "Structures it is on",
                "vị trí",
                on.Count
            );
            var t = 2;
            foreach (var technology in Enum.GetValues<Technology>())
            {
                t++;
                yield return new ReportFigure(
                    key + ":bts:" + technology.Label(),
                    $"{number}.{t}",
                    $"Trạm BTS {technology.Label()}",
                    $"{technology.Label()} BTS",
                    "trạm",
                    own.Count(i => i.Technology == technology)
                );
            }
        }
        yield return new ReportFigure("total:bts", "", "Tổng cộng trạm BTS", "Total BTS", "trạm", sites.Sum(Bts), IsTotal: true);
    }

    /// <summary>Per commune valid on the index's day (or per former district): structures, shared structures and BTS.</summary>
    public static IEnumerable<ReportFigure> ByArea(IReadOnlyList<AntennaStructure> sites, PlanIndex index, bool byDistrict)
    {
        var communes = byDistrict ? index.DistrictCommunes : index.Communes;
        var locator = new AreaLocator<Commune>(communes);
        var counts = new Dictionary<string, (int Structures, int Shared, int Bts)>(StringComparer.Ordinal);
        var outside = (Structures: 0, Shared: 0, Bts: 0);
        foreach (var s in sites)
        {
            var i = locator.IndexAt(index.Frame.ToMetric(s.Location.X, s.Location.Y));
            var shared = IsShared(s) ? 1 : 0;
            if (i < 0)
            {
                outside = (outside.Structures + 1, outside.Shared + shared, outside.Bts + Bts(s));
                continue;
            }
            var id = AreaId(communes.Features[i].Item, byDistrict);
            var c = counts.GetValueOrDefault(id);
            counts[id] = (c.Structures + 1, c.Shared + shared, c.Bts + Bts(s));
        }
        // Units by code (two xã of one name in different districts are two lines; a unit is never paired with a former one of its
        // name), districts by name.
        var areas = byDistrict
            ? communes
                .Features.Select(f => f.Item.DistrictName ?? f.Item.FullName)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(name => (Id: name, Name: name))
            : communes.Features.Select(f => (Id: f.Item.Code, Name: UnitLabel.Of(f.Item))).DistinctBy(a => a.Id, StringComparer.Ordinal);
        var number = 0;
        foreach (var (id, name) in areas)
        {
            number++;
            var c = counts.GetValueOrDefault(id);
            var key = (byDistrict ? "district:" : "commune:") + id;
            yield return new ReportFigure(key, $"{number}", name, name, "vị trí", c.Structures);
            yield return new ReportFigure(key + ":shared", $"{number}.1", "Trong đó dùng chung", "Of which shared", "vị trí", c.Shared);
            yield return new ReportFigure(key + ":bts", $"{number}.2", "Trạm BTS", "BTS", "trạm", c.Bts);
        }
        if (outside.Structures > 0)
            yield return new ReportFigure(
                "outside",
                $"{number + 1}",
                "Ngoài ranh giới đơn vị hành chính",
                "Outside every unit",
                "vị trí",
                outside.Structures
            );
        yield return new ReportFigure("total", "", "Tổng cộng", "Total", "vị trí", sites.Count, IsTotal: true);
    }

    private static string AreaId(Commune commune, bool byDistrict) => byDistrict ? commune.DistrictName ?? commune.FullName : commune.Code;

    /// <summary>BTS on a structure: its installations, one per carrier and technology.</summary>
    public static int Bts(AntennaStructure structure) => structure.Installations.Count;

    /// <summary>Shared (dùng chung): two carriers or more on it, owner included.</summary>
    public static bool IsShared(AntennaStructure structure) => structure.Carriers.Count > 1;
}
