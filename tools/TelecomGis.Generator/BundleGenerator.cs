using Bogus;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Generator;

/// <summary>
/// Builds the Quảng Ninh bundle: real boundaries and airports from shared/data, synthetic plan and infrastructure
/// from a seed. The same inputs and seed always give the same bytes.
/// </summary>
public static class BundleGenerator
{
    public const int DefaultSeed = 2015;
    public const int Epsg = 5899;

    /// <param name="sharedDataDir">The folder holding admin/ and airports/ (shared/data).</param>
    /// <param name="outDir">The bundle folder to write; created if missing, files overwritten.</param>
    /// <param name="seed">Seeds every synthetic layer; each layer draws from its own stream so that changing one leaves the others.</param>
    public static ProvincePlan Generate(
        string sharedDataDir,
        string outDir,
        int seed = DefaultSeed,
        IProgress<GenerationStep>? progress = null
    )
    {
        var frame = new DrawingFrame(Epsg);
        var adminDir = Path.Combine(sharedDataDir, "admin");
        progress?.Report(new GenerationStep("Đang đọc ranh giới xã, phường năm 2025 và năm 2009", "Reading the 2025 and 2009 communes"));
        var communes2025 = SourceCommunes.Read2025(adminDir);
        var communes2009 = SourceCommunes.Read2009(adminDir);
        progress?.Report(
            new GenerationStep("Đang ghép các xã, phường năm 2025 thành ranh giới tỉnh", "Uniting the 2025 communes into the province")
        );
        var province = ProvinceOutline(communes2025.Select(c => c.Commune.Boundary));
        var ctx = new GenerationContext(frame, province, communes2025);
        var airports = SourceAirports.Read(Path.Combine(sharedDataDir, "airports"), province);

        progress?.Report(new GenerationStep("Đang vẽ các vùng quy hoạch và khu vực hạn chế", "Drawing zones and restricted areas"));
        var zones = ZoneLayer.Build(ctx, Stream(seed, 1));
        var restricted = RestrictionLayer.Build(ctx, Stream(seed, 2));
        progress?.Report(
            new GenerationStep("Đang đặt các vị trí quy hoạch và trạm hiện có", "Placing planned positions and existing sites")
        );
        var planned = PlannedPositionLayer.Build(ctx, zones, Stream(seed, 3));
        var sites = SiteLayer.Build(ctx, zones, Stream(seed, 4), Stream(seed, 8));
        progress?.Report(
            new GenerationStep(
                "Đang đặt trường học, bệnh viện, tuyến cáp quang và điểm bưu chính",
                "Placing schools, hospitals, fiber routes and post offices"
            )
        );
        var places = PublicPlaceLayer.Build(ctx, Stream(seed, 5));
        var fiber = FiberLayer.Build(ctx, Stream(seed, 6));
        var postal2025 = PostalLayer.Build(ctx, Stream(seed, 7));
        IReadOnlyList<PostalServicePoint> postal =
        [
            .. postal2025,
            .. PostalLayer.Build2009(communes2009, frame, postal2025, Stream(seed, 8)),
        ];

        var metadata = new PlanMetadata(
            "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh (dữ liệu mẫu)",
            "Sở Khoa học và Công nghệ tỉnh Quảng Ninh",
            "Quang Ninh Department of Science and Technology",
            new DateOnly(2023, 6, 15),
            ZoneLayer.DefaultZoneId,
            // Illustrative: the real decision approving Quảng Ninh's passive telecom infrastructure plan could not be confirmed
            // from the sources at hand, and this plan's layers are synthetic (data/quang-ninh/SOURCES.md); the citation says so.
            new PlanApproval(
                "1234/QĐ-UBND",
                new DateOnly(2023, 6, 15),
                "UBND tỉnh Quảng Ninh",
                "Quyết định số 1234/QĐ-UBND ngày 15 tháng 6 năm 2023 của UBND tỉnh Quảng Ninh phê duyệt Quy hoạch hạ tầng kỹ thuật "
                    + "viễn thông thụ động tỉnh Quảng Ninh (dữ liệu mẫu)"
            ),
            [
                "Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017",
                "Luật Viễn thông số 24/2023/QH15 ngày 24 tháng 11 năm 2023",
                "Nghị định số 163/2024/NĐ-CP ngày 24 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Viễn thông",
            ]
        );
        var plan = new ProvincePlan(
            new PlanVersion(""),
            metadata,
            new Province("22", "Quảng Ninh", Epsg, province),
            [.. communes2025.Select(c => c.Commune), .. communes2009],
            zones,
            planned,
            restricted,
            airports,
            sites,
            places,
            fiber,
            postal,
            QuangNinhRules.Build()
        );
        SeedSite.Verify(plan, frame);

        progress?.Report(new GenerationStep($"Đang ghi gói dữ liệu vào {outDir}", $"Writing the bundle to {outDir}"));
        PlanBundleWriter.Write(plan, outDir, UndergroundingLayer.Build(ctx));
        return PlanBundleReader.Read(outDir);
    }

    /// <summary>One random stream per layer, derived from the seed; never Bogus's global Randomizer.Seed, which other code shares.</summary>
    private static Randomizer Stream(int seed, int layer) => new(unchecked((seed * 7919) + layer));

    /// <summary>
    /// The union of the communes. The source is generalised, so neighbours leave slivers between them; holes under
    /// 0.05 km² are such slivers and are filled. Nothing else moves.
    /// </summary>
    private static Geometry ProvinceOutline(IEnumerable<Geometry> communes)
    {
        var union = UnaryUnionOp.Union(communes.ToList());
        var polygons = Enumerable
            .Range(0, union.NumGeometries)
            .Select(i => (Polygon)union.GetGeometryN(i))
            .Select(p => new Polygon(p.Shell, [.. p.Holes.Where(h => new Polygon(h).Area > 5e-6)]))
            .ToArray();
        return SourceCommunes.Clean(new MultiPolygon(polygons) { SRID = 4326 });
    }
}
