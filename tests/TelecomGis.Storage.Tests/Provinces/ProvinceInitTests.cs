using System.Globalization;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Generator.Provinces;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Tests.Provinces;

/// <summary>
/// <c>province init</c> for every one of the 34 provinces: the bundle it writes is read back, its 2025 communes are those the source's
/// index counts, its TM-3 system is the one Circular 973/2001/TT-TCĐC gives the unit whose name the province keeps, and a tower in
/// its most populous commune is appraised.
/// </summary>
public class ProvinceInitTests
{
    /// <summary>The expected default system per 2025 code, from the circular's meridian of the unit that kept its name.</summary>
    public static TheoryData<string, int> Provinces() =>
        new()
        {
            { "01", 5897 }, // Hà Nội 105°00′
            { "04", 9210 }, // Cao Bằng 105°45′
            { "08", 9211 }, // Tuyên Quang 106°00′ (Hà Giang 105°30′)
            { "11", 9205 }, // Điện Biên 103°00′
            { "12", 9205 }, // Lai Châu 103°00′
            { "14", 9206 }, // Sơn La 104°00′
            { "15", 9208 }, // Lào Cai 104°45′
            { "19", 9213 }, // Thái Nguyên 106°30′
            { "20", 9215 }, // Lạng Sơn 107°15′
            { "22", 5899 }, // Quảng Ninh 107°45′
            { "24", 9209 }, // Bắc Ninh 105°30′ (Bắc Giang 107°00′)
            { "25", 9208 }, // Phú Thọ 104°45′ (Vĩnh Phúc 105°00′, Hòa Bình 106°00′)
            { "31", 9210 }, // Hải Phòng 105°45′ (Hải Dương 105°30′)
            { "33", 9209 }, // Hưng Yên 105°30′
            { "37", 5897 }, // Ninh Bình 105°00′ (Nam Định 105°30′)
            { "38", 5897 }, // Thanh Hóa 105°00′
            { "40", 9208 }, // Nghệ An 104°45′
            { "42", 9209 }, // Hà Tĩnh 105°30′
            { "44", 9212 }, // Quảng Trị 106°15′ (Quảng Bình 106°00′)
            { "46", 9214 }, // Huế 107°00′
            { "48", 5899 }, // Đà Nẵng 107°45′
            { "51", 5898 }, // Quảng Ngãi 108°00′ (Kon Tum 107°30′)
            { "52", 9218 }, // Gia Lai 108°30′ (Bình Định 108°15′)
            { "56", 9217 }, // Khánh Hòa 108°15′
            { "66", 9218 }, // Đắk Lắk 108°30′
            { "68", 5899 }, // Lâm Đồng 107°45′ (Đắk Nông, Bình Thuận 108°30′)
            { "75", 5899 }, // Đồng Nai 107°45′ (Bình Phước 106°15′)
            { "79", 9210 }, // Hồ Chí Minh 105°45′ (Bà Rịa - Vũng Tàu 107°45′)
            { "80", 9209 }, // Tây Ninh 105°30′ (Long An 105°45′)
            { "82", 5897 }, // Đồng Tháp 105°00′ (Tiền Giang 105°45′)
            { "86", 9209 }, // Vĩnh Long 105°30′ (Bến Tre 105°45′)
            { "91", 9208 }, // An Giang 104°45′ (Kiên Giang 104°30′)
            { "92", 5897 }, // Cần Thơ 105°00′ (Sóc Trăng 105°30′)
            { "96", 9207 }, // Cà Mau 104°30′ (Bạc Liêu 105°00′)
        };

    private static readonly Dictionary<string, int> IndexedCommunes = File.ReadLines(
            Path.Combine(TestPaths.SharedData, "admin", "vn2025-communes", "INDEX.csv")
        )
        .Skip(1)
        .Select(line => line.Split(','))
        .ToDictionary(f => f[0], f => int.Parse(f[2], CultureInfo.InvariantCulture));

    [Fact]
    public void TheSourcesIndexCountsThe3321CommunesOfThe34Provinces()
    {
        Assert.Equal(34, IndexedCommunes.Count);
        Assert.Equal(3321, IndexedCommunes.Values.Sum());
        Assert.Equal(IndexedCommunes.Keys.Order(), VietnamProvinces.All.Select(p => p.Code).Order());
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void InitWritesABundleThatIsReadAndAppraisedAtOnce(string code, int expectedEpsg)
    {
        var dir = Path.Combine(TestPaths.NewTempDir(), code);
        try
        {
            var entry = VietnamProvinces.Find(code)!;
            var written = ProvinceInitializer.Initialize(TestPaths.SharedData, dir, entry);
            var plan = PlanBundleReader.Read(dir);
            Assert.Equal(written.Version, plan.Version);

            var current = plan.Communes.Where(c => c.Validity.To is null).ToList();
            Assert.Equal(IndexedCommunes[code], current.Count);
            Assert.Equal(expectedEpsg, plan.Province.Epsg);
            Assert.Equal(Vn2000Transformation.National6960, plan.Province.Transformation);
            Assert.Equal(entry.Name, plan.Province.Name);
            // Every provincial figure is cited to this province's plan, marked an unconfirmed default; ICAO and the decree stay as cited.
            var provincial = plan.Rules.Parameters.Where(p => p.Citation.Contains("giá trị mặc định", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(provincial);
            Assert.All(provincial, p =>
            {
                Assert.StartsWith($"Quy hoạch hạ tầng kỹ thuật viễn thông thụ động {entry.TitleVi}", p.Citation, StringComparison.Ordinal);
                Assert.Contains("(giá trị mặc định, chưa xác nhận; lấy theo", p.Citation, StringComparison.Ordinal);
            });
            // The roadmap's deadlines too: no row is left cited to Quảng Ninh's own plan as if it were this province's.
            Assert.Equal(3, provincial.Count(p => p.RuleId == "ROADMAP"));
            Assert.Contains(plan.Rules.Parameters, p => p.Citation.StartsWith("ICAO", StringComparison.Ordinal));
            Assert.Empty(plan.Sites);
            Assert.Empty(plan.PlannedPositions);
            Assert.Empty(plan.RestrictedAreas);

            // A 30 m A2b tower in the most populous commune: inside the province, in that commune, judged by the default zone.
            var busiest = current.MaxBy(c => c.Population)!;
            var at = busiest.Boundary.InteriorPoint;
            var engine = new AppraisalEngine(new PlanIndex(plan, new DateOnly(2026, 1, 15)));
            var result = engine.Appraise(new ProposedSite(1, "Viettel", "T-" + code, at.X, at.Y, PoleClass.A2b, 30, false));
            Assert.Equal(RuleOutcome.Pass, result["R01"].Outcome);
            Assert.Equal(busiest.Name, result["R02"].DecidingFeature!.Name.Split(' ', 2)[^1]);
            Assert.True(
                result.Verdict == Verdict.Conforms || result.FailingRuleIds.SequenceEqual(["R10"]),
                $"{entry.Name}: {result.Verdict} by {string.Join(",", result.FailingRuleIds)}"
            );
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [Fact]
    public void HaiPhongTakesThe2009CommunesOfHaiDuongAndTheAerodromesOfCatBiAndKienAn()
    {
        var plan = ProvinceInitializer.Build(TestPaths.SharedData, VietnamProvinces.Find("31")!);
        var old = plan.Communes.Where(c => c.Validity.To is not null).ToList();
        Assert.Equal(265, old.Count);
        Assert.All(old, c => Assert.Equal(new DateOnly(2025, 6, 30), c.Validity.To));
        Assert.Equal(12, old.Select(c => c.DistrictName).Distinct().Count());
        Assert.Equal(["VV03", "VVCI"], plan.Airports.Select(a => a.Icao).Order());
        Assert.Equal(["Cảng hàng không quốc tế Cát Bi", "Sân bay Kiến An"], plan.Airports.Select(a => a.NameVi).Order());
    }

    /// <summary>
    /// OurAirports names aerodromes in English: every one with a runway, wherever a province is built, has a Vietnamese name for
    /// the messages and letters read in Vietnamese (data/sources/airports/vietnamese_names.csv), and the bundle keeps it.
    /// </summary>
    [Fact]
    public void EveryAerodromeWithARunway_HasAVietnameseName_ThatTheBundleKeeps()
    {
        var all = TelecomGis.Storage.Provinces.AirportSource.Read(Path.Combine(TestPaths.SharedData, "airports"), _ => true);
        Assert.True(all.Count >= 25, $"{all.Count} aerodromes");
        Assert.All(all, a => Assert.False(string.IsNullOrWhiteSpace(a.NameVi), $"{a.Icao} ({a.Name}) has no Vietnamese name"));
        Assert.All(all, a => Assert.DoesNotContain("Airport", a.NameVi!, StringComparison.Ordinal));

        var dir = Path.Combine(TestPaths.NewTempDir(), "vinh-long");
        try
        {
            ProvinceInitializer.Initialize(TestPaths.SharedData, dir, VietnamProvinces.Find("86")!);
            Assert.Equal("Cảng hàng không quốc tế Cần Thơ", Assert.Single(PlanBundleReader.Read(dir).Airports).NameVi);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [Fact]
    public void AnAerodromeOutsideTheProvinceIsTakenWhenItsApproachSurfacesReachIt()
    {
        // Cần Thơ's airport (VVCT) lies in Cần Thơ, a few kilometres across the Hậu river from Vĩnh Long.
        var plan = ProvinceInitializer.Build(TestPaths.SharedData, VietnamProvinces.Find("86")!);
        var vvct = Assert.Single(plan.Airports);
        Assert.Equal("VVCT", vvct.Icao);
        Assert.False(plan.Province.Boundary.Covers(vvct.Location));
    }

    [Fact]
    public void EpsgAndTransformationChosenAtInitAreKeptInPlanJsonAndReadBack()
    {
        var dir = Path.Combine(TestPaths.NewTempDir(), "vinh-long");
        try
        {
            ProvinceInitializer.Initialize(
                TestPaths.SharedData,
                dir,
                VietnamProvinces.Find("86")!,
                9210,
                Vn2000Transformation.MekongDelta5194
            );
            var json = File.ReadAllText(Path.Combine(dir, BundleFiles.Plan));
            Assert.Contains("\"epsg\": 9210", json);
            Assert.Contains("\"vn2000_transformation\": \"EPSG:5194\"", json);
            var plan = PlanBundleReader.Read(dir);
            Assert.Equal(9210, plan.Province.Epsg);
            Assert.Equal(Vn2000Transformation.MekongDelta5194, plan.Province.Transformation);
            // What the CLI reads from plan.json alone while the layers load gives the same transformation.
            Assert.Equal(Vn2000Transformation.MekongDelta5194, PlanBundleReader.Transformation(dir));
            Assert.Equal(Vn2000Transformation.National6960, PlanBundleReader.Transformation(TestPaths.CommittedBundle));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }
}
