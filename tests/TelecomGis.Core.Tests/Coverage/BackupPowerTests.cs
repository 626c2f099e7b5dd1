using System.Text.Json;
using TelecomGis.Core.Coverage.Resilience;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Tests.Appraisal;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Coverage;

/// <summary>Storms: backup power keeps a site on air for its hours of the hazard; the critical sites are exportable (issue 11, item 7).</summary>
public class BackupPowerTests
{
    private static Site At(string id, double x, double? backupH = null, bool critical = false) =>
        new(id, "Viettel", id, Pt(x, 0), PoleClass.A2b, 40, false, [], []) { BackupPowerHours = backupH, CriticalSite = critical };

    private static readonly IReadOnlyList<Site> Sites =
    [
        At("NONE", 100),
        At("BATTERY-3H", 200, 3),
        At("GENERATOR-24H", 300, 24, critical: true),
        At("OUTSIDE", 5000, 0, critical: true),
    ];

    private static readonly NetTopologySuite.Geometries.Geometry Storm = Box(0, -500, 1000, 500);

    [Fact]
    public void ASiteStaysOnAirForItsBackupHoursAndGoesDownForTheRestOfTheHazard()
    {
        var outages = SiteOutage.Inside(Sites, Storm, 12).ToDictionary(o => o.Site.Id);
        Assert.Equal(["BATTERY-3H", "GENERATOR-24H", "NONE"], outages.Keys.Order());
        Assert.Equal(12, outages["NONE"].HoursDown);
        Assert.Equal(9, outages["BATTERY-3H"].HoursDown);
        Assert.Equal(0, outages["GENERATOR-24H"].HoursDown);
        Assert.False(outages["GENERATOR-24H"].GoesDown);
        Assert.Equal(["BATTERY-3H", "NONE"], SiteOutage.DownIds(outages.Values).Order());
    }

    [Fact]
    public void AShortHazardTheBatteriesOutlastTakesNoSiteDownButOneWithNoBackup()
    {
        var outages = SiteOutage.Inside(Sites, Storm, 2);
        Assert.Equal(["NONE"], SiteOutage.DownIds(outages));
    }

    [Fact]
    public void WithoutADurationEverySiteInsideIsDownForAnUnknownTime()
    {
        var outages = SiteOutage.Inside(Sites, Storm, null);
        Assert.All(outages, o => Assert.Null(o.HoursDown));
        Assert.Equal(3, SiteOutage.DownIds(outages).Count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.PositiveInfinity)]
    public void ADurationThatIsNotHoursIsRefused(double hours) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SiteOutage.Inside(Sites, Storm, hours));

    [Fact]
    public void TheCriticalSiteListSaysWhetherTheHazardReachesEachAndForHowLongItIsDown()
    {
        var list = CriticalSiteList.Of(Sites, SiteOutage.Inside(Sites, Storm, 30));
        Assert.Equal(["GENERATOR-24H", "OUTSIDE"], list.Select(x => x.Site.Id));
        var csv = CriticalSiteList.Csv(list, vietnamese: false).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("site_id,carrier,code,lon,lat,backup_power_h,in_hazard,hours_down", csv[0]);
        Assert.EndsWith(",24,true,6", csv[1]);
        Assert.EndsWith(",0,false,", csv[2]);
        var vi = CriticalSiteList.Csv(list, vietnamese: true).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "Mã vị trí,Doanh nghiệp,Mã trạm,Kinh độ,Vĩ độ,Nguồn dự phòng (giờ),Trong vùng ảnh hưởng,Số giờ ngừng phát sóng",
            vi[0]
        );
        Assert.EndsWith(",24,có,6", vi[1]);
        Assert.EndsWith(",0,không,", vi[2]);

        using var json = JsonDocument.Parse(CriticalSiteList.GeoJson(list));
        var features = json.RootElement.GetProperty("features");
        Assert.Equal(2, features.GetArrayLength());
        var first = features[0].GetProperty("properties");
        Assert.Equal("GENERATOR-24H", first.GetProperty("site_id").GetString());
        Assert.Equal(6, first.GetProperty("hours_down").GetDouble());
        Assert.Equal(JsonValueKind.Null, features[1].GetProperty("properties").GetProperty("hours_down").ValueKind);
        Assert.Equal("Point", features[0].GetProperty("geometry").GetProperty("type").GetString());
    }
}
