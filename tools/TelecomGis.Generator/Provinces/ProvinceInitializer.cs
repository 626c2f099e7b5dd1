using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Provinces;

namespace TelecomGis.Generator.Provinces;

/// <summary>
/// <c>province init</c>: a working bundle for any of the 34 provinces from the real sources — the province and its 2025 communes,
/// the 2009 communes where the sources have them, the aerodromes inside or within reach of it, its VN-2000 TM-3 system, the default
/// rules marked unconfirmed, and empty plan and infrastructure layers for the department to fill.
/// </summary>
public static class ProvinceInitializer
{
    /// <summary>Builds the plan in memory (nothing written).</summary>
    /// <param name="sourcesDir">The folder holding admin/ and airports/ (data/sources).</param>
    /// <param name="epsg">The TM-3 system; null takes <see cref="ProvinceEntry.DefaultEpsg"/>.</param>
    public static ProvincePlan Build(
        string sourcesDir,
        ProvinceEntry entry,
        int? epsg = null,
        Vn2000Transformation transformation = Vn2000Transformation.National6960
    )
    {
        var adminDir = Path.Combine(sourcesDir, "admin");
        var chosen = epsg ?? entry.DefaultEpsg;
        var outline = AdministrativeSource.ReadProvince(adminDir, entry.Code);
        var communes2025 = AdministrativeSource.Read2025(adminDir, entry.Code);
        var communes2009 = AdministrativeSource.Read2009(adminDir, entry.Code);
        var rules = ProvinceDefaults.Rules(entry);
        var airports = AirportsNear(Path.Combine(sourcesDir, "airports"), outline, chosen, ProvinceDefaults.AirportReachM(rules));

        var metadata = new PlanMetadata(
            $"Quy hoạch hạ tầng kỹ thuật viễn thông thụ động {entry.TitleVi} (bản khởi tạo, chưa có nội dung quy hoạch)",
            $"Sở Khoa học và Công nghệ {entry.TitleVi}",
            $"{entry.NameEn} Department of Science and Technology",
            AdministrativeSource.MergerDay,
            ProvinceDefaults.DefaultZoneId,
            null,
            ProvinceDefaults.LegalBases
        );
        return new ProvincePlan(
            new PlanVersion(""),
            metadata,
            new Province(entry.Code, entry.Name, chosen, outline, transformation),
            [.. communes2025.Select(c => c.Commune), .. communes2009],
            [ProvinceDefaults.DefaultZone],
            [],
            [],
            airports,
            [],
            [],
            [],
            [],
            rules
        );
    }

    /// <summary>
    /// Writes the bundle to <paramref name="outDir"/>, which must not exist or be empty: the files go to a sibling folder first
    /// and move into place at the end, so a failure leaves nothing half-written. Returns the plan read back from the folder.
    /// </summary>
    public static ProvincePlan Initialize(
        string sourcesDir,
        string outDir,
        ProvinceEntry entry,
        int? epsg = null,
        Vn2000Transformation transformation = Vn2000Transformation.National6960
    )
    {
        var plan = Build(sourcesDir, entry, epsg, transformation);
        var target = Path.GetFullPath(outDir);
        var staging = target.TrimEnd(Path.DirectorySeparatorChar) + $".partial-{Environment.ProcessId}";
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        try
        {
            PlanBundleWriter.Write(plan, staging, []);
            File.WriteAllText(
                Path.Combine(staging, "SOURCES.md"),
                ProvinceSourcesNote.For(entry, plan),
                new System.Text.UTF8Encoding(false)
            );
            if (Directory.Exists(target))
                Directory.Delete(target);
            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
            throw;
        }
        return PlanBundleReader.Read(target);
    }

    /// <summary>The aerodromes in the province or with a runway end within <paramref name="reachM"/> of it, measured in its TM-3 plane.</summary>
    public static IReadOnlyList<Airport> AirportsNear(string airportsDir, Geometry province, int epsg, double reachM)
    {
        var frame = new MetricFrame(epsg);
        var metric = frame.ToMetric(province);
        // A degree is at least 100 km here; the envelope test skips the far aerodromes before any projection.
        var box = province.EnvelopeInternal.Copy();
        box.ExpandBy(reachM / 100_000 + 0.01);
        bool Near(double lon, double lat) => box.Contains(lon, lat) && metric.Distance(new Point(frame.ToMetric(lon, lat))) <= reachM;
        return AirportSource.Read(airportsDir, a =>
            province.Covers(a.Location) || a.Runways.Any(r => Near(r.Low.LonDeg, r.Low.LatDeg) || Near(r.High.LonDeg, r.High.LatDeg))
        );
    }
}
