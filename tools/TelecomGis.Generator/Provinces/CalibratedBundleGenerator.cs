using System.Globalization;
using Bogus;
using CsvHelper;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Generator.Provinces;

/// <summary>
/// <c>generate bundle --province 31|86</c>: the initialised bundle of 2025 Hải Phòng or Vĩnh Long (<see cref="ProvinceInitializer"/>)
/// with synthetic structures, postal points and fiber routes calibrated to the former Hải Dương's published figures
/// (<see cref="HaiDuongFigures"/>). In Hải Phòng the 64 communes that were Hải Dương get those figures exactly and the other
/// communes Hải Dương's densities per km²; Vĩnh Long gets the densities throughout. The same inputs and seed give the same bytes.
/// </summary>
public static class CalibratedBundleGenerator
{
    public const string MergerFile = "commune_merger_2025_old_to_new_qn_hd_tv_dvhcvn20250701.csv";

    /// <summary>The provinces this generator draws, with their bundle folder names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>
    {
        ["31"] = "hai-phong",
        ["86"] = "vinh-long",
    };

    public static ProvincePlan Generate(string sourcesDir, string outDir, string code, int seed, IProgress<GenerationStep>? progress = null)
    {
        var entry = VietnamProvinces.Find(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Not a 2025 province code.");
        if (!Folders.ContainsKey(entry.Code))
            throw new ArgumentOutOfRangeException(nameof(code), code, "Only Hải Phòng (31) and Vĩnh Long (86) have calibrated layers.");
        progress?.Report(
            new GenerationStep($"Đang khởi tạo {entry.TitleVi} từ dữ liệu nguồn", $"Initialising {entry.Name} from the sources")
        );
        var init = ProvinceInitializer.Build(sourcesDir, entry);
        var frame = new MetricFrame(init.Province.Epsg);
        var current = init.Communes.Where(c => c.Validity.To is null).ToList();

        var territories = new List<(CalibratedTerritory Territory, CalibratedTargets Targets)>();
        if (entry.Code == "31")
        {
            var haiDuong = FormerProvinceCommunes(Path.Combine(sourcesDir, "admin"), "30");
            var former = current.Where(c => haiDuong.Contains(c.Code)).ToList();
            var rest = current.Where(c => !haiDuong.Contains(c.Code)).ToList();
            territories.Add((new CalibratedTerritory("HD", former, current, frame), CalibratedTargets.HaiDuong));
            territories.Add((new CalibratedTerritory("HP", rest, current, frame), CalibratedTargets.ScaledTo(rest.Sum(c => c.AreaKm2))));
        }
        else
        {
            territories.Add(
                (new CalibratedTerritory("VL", current, current, frame), CalibratedTargets.ScaledTo(current.Sum(c => c.AreaKm2)))
            );
        }

        var sites = new List<Core.Infrastructure.Site>();
        var postal = new List<Core.Infrastructure.PostalServicePoint>();
        var fiber = new List<Core.Infrastructure.FiberRoute>();
        var postOperator = $"Bưu điện {entry.TitleVi}";
        for (var i = 0; i < territories.Count; i++)
        {
            var (t, targets) = territories[i];
            progress?.Report(
                new GenerationStep(
                    string.Create(
                        Vietnamese,
                        $"Các công trình mã {t.Prefix}…: {targets.Structures:N0} vị trí trạm, {targets.Bts:N0} trạm BTS, {targets.PostalPoints:N0} điểm bưu chính, {targets.FiberRoutes:N0} tuyến cáp quang, {targets.FiberKm:N0} km"
                    ),
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{t.Prefix}: {targets.Structures} structures, {targets.Bts} BTS, {targets.PostalPoints} postal points, {targets.FiberRoutes} routes, {targets.FiberKm} km"
                    )
                )
            );
            sites.AddRange(CalibratedSites.Build(t, targets, Stream(seed, i, 1)));
            postal.AddRange(CalibratedPostal.Build(t, targets, postOperator, Stream(seed, i, 2)));
            fiber.AddRange(CalibratedFiber.Build(t, targets, Stream(seed, i, 3)));
        }

        var plan = init with
        {
            Metadata = init.Metadata with { PlanName = $"Quy hoạch hạ tầng kỹ thuật viễn thông thụ động {entry.TitleVi} (dữ liệu mẫu)" },
            Sites = sites,
            PostalPoints = postal,
            FiberRoutes = fiber,
        };
        progress?.Report(new GenerationStep($"Đang ghi gói dữ liệu vào {outDir}", $"Writing the bundle to {outDir}"));
        PlanBundleWriter.Write(plan, outDir, []);
        return PlanBundleReader.Read(outDir);
    }

    /// <summary>The 2025 communes made (wholly or partly) from a pre-2025 province's communes, by the merger table.</summary>
    public static HashSet<string> FormerProvinceCommunes(string adminDir, string formerProvinceCode)
    {
        using var reader = new CsvReader(new StreamReader(Path.Combine(adminDir, MergerFile)), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.GetField("ma_tinh_cu") == formerProvinceCode)
                codes.Add(reader.GetField("ma_xa_moi")!);
        }
        return codes;
    }

    /// <summary>One random stream per territory and layer, derived from the seed.</summary>
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static Randomizer Stream(int seed, int territory, int layer) => new(unchecked((seed * 7919) + (territory * 101) + layer));
}
