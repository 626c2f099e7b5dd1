using System.Diagnostics;
using System.Text;

namespace TelecomGis.Cli.Tests;

/// <summary><c>telecomgis import</c> as a planner runs it: the report, the exit code, and a bundle that is never half-written.</summary>
public sealed class ImportCommandTests
{
    private const string QuangNinhByDecision =
        "Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh (dữ liệu mẫu), Quyết định số 1234/QĐ-UBND ngày 15/06/2023";

    private static string BundleCopy()
    {
        var dir = Path.Combine(CliRunner.NewTempDir(), "bundle");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.EnumerateFiles(CliRunner.QuangNinh))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    private static void Ogr2Ogr(params string[] args)
    {
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var p = Process.Start(start)
            ?? throw new InvalidOperationException("ogr2ogr is needed: apt-get install gdal-bin (tools/test.sh does).");
        var errors = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, errors);
    }

    /// <summary>
    /// The sites exported to a Shapefile in VN-2000 with one site's height broken: the import names the feature, the field
    /// and the reason and writes nothing; with --skip-rejected it takes the others, and the plan still reads.
    /// </summary>
    [Fact]
    public void Shapefile_WithARejectedFeature_ImportsNothing_UnlessSkipRejected()
    {
        var bundle = BundleCopy();
        var dir = CliRunner.NewTempDir();
        var shp = Path.Combine(dir, "tram.shp");
        // The sectors (a nested list) do not fit a .dbf field and are left out, as a department's Shapefile would lack them.
        Ogr2Ogr(
            "-f",
            "ESRI Shapefile",
            "-t_srs",
            "EPSG:5899",
            "-lco",
            "ENCODING=UTF-8",
            "-dialect",
            "SQLite",
            "-sql",
            "SELECT geometry, id, carrier, code, pole_class, CASE WHEN id = (SELECT MIN(id) FROM sites) THEN -5 ELSE height_m END AS height_m, camouflaged, shared_with FROM sites",
            shp,
            Path.Combine(bundle, "sites.geojson")
        );
        var sitesPath = Path.Combine(bundle, "sites.geojson");
        var before = File.ReadAllBytes(sitesPath);
        var total = System.Text.Json.JsonDocument.Parse(before).RootElement.GetProperty("features").GetArrayLength();

        var refused = CliRunner.Run(
            null,
            "import",
            "--plan",
            bundle,
            "--layer",
            "sites",
            "--from",
            shp,
            "--rejected",
            Path.Combine(dir, "loai.csv")
        );

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("hệ tọa độ: VN-2000 / TM-3 107-45 (EPSG:5899) (từ tệp .prj)", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("cột height_m: chiều cao cột (m) -5 nằm ngoài giới hạn > 0.", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("lỗi: 1 đối tượng bị loại (lý do ở trên), nên không nhập gì", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(sitesPath));
        Assert.Empty(Directory.EnumerateFiles(bundle, ".*"));
        var csv = File.ReadAllText(Path.Combine(dir, "loai.csv"), Encoding.UTF8);
        Assert.Contains("height_m", csv, StringComparison.Ordinal);
        // A table a person opens: its headers in Vietnamese, not "number,field,reason_vi,reason_en".
        Assert.StartsWith("Số thứ tự,Trường nguồn,Lý do,Lý do (tiếng Anh)\n", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);

        var taken = CliRunner.Run(null, "import", "--plan", bundle, "--layer", "sites", "--from", shp, "--skip-rejected");

        Assert.True(taken.ExitCode == 0, taken.Stderr);
        Assert.Contains($"đã nhập {total - 1} đối tượng vào sites.geojson, 1 bị loại", taken.Stderr, StringComparison.Ordinal);
        var info = CliRunner.Run(null, "plan", "info", "--plan", bundle);
        Assert.True(info.ExitCode == 0, info.Stderr);
        Assert.Contains(
            $"trạm {(total - 1).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))},",
            info.Stdout,
            StringComparison.Ordinal
        );
    }

    /// <summary>Runways naming an airport the bundle lacks: every feature reads, but the plan would not; nothing is written.</summary>
    [Fact]
    public void ALayerThatBreaksThePlan_IsRefusedWhole_AndTheBundleIsUnchanged()
    {
        var bundle = BundleCopy();
        var csv = Path.Combine(CliRunner.NewTempDir(), "runways.csv");
        File.WriteAllText(
            csv,
            "airport,designator,width_m,low_elevation_m,high_elevation_m,WKT\nVVCI,07/25,45,3,4,\"LINESTRING(106.64 20.81,106.67 20.83)\"\n"
        );
        var path = Path.Combine(bundle, "runways.geojson");
        var before = File.ReadAllBytes(path);

        var result = CliRunner.Run(null, "import", "--plan", bundle, "--layer", "runways", "--from", csv, "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "error: the bundle would not read after the import, so nothing was imported: runways.geojson: a runway names airport 'VVCI'",
            result.Stderr,
            StringComparison.Ordinal
        );
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    /// <summary>An .xlsx with Vietnamese headers and the carriers' own abbreviations, read through data/examples/anh-xa-tram.json.</summary>
    [Fact]
    public void Xlsx_WithTheExampleMapping_ImportsTheSites()
    {
        var bundle = BundleCopy();
        var xlsx = Path.Combine(CliRunner.NewTempDir(), "tram.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(
            xlsx,
            new[]
            {
                new Dictionary<string, object>
                {
                    ["STT"] = 1,
                    ["Mã trạm"] = "QNH-VTL-0001",
                    ["Nhà mạng"] = "VTL",
                    ["Loại cột"] = "Cột tự đứng",
                    ["Chiều cao cột (m)"] = 42,
                    ["Kinh độ"] = "107°58'41.7\"E",
                    ["Vĩ độ"] = "21°31'48.3\"N",
                },
                new Dictionary<string, object>
                {
                    ["STT"] = 2,
                    ["Mã trạm"] = "QNH-VNP-0002",
                    ["Nhà mạng"] = "VNP",
                    ["Loại cột"] = "Cột ngụy trang",
                    ["Chiều cao cột (m)"] = 15.5,
                    ["Kinh độ"] = 107.084,
                    ["Vĩ độ"] = 20.952,
                },
            }
        );

        var mapping = Path.Combine(CliRunner.RepositoryRoot, "data", "examples", "anh-xa-tram.json");
        var before = File.ReadAllBytes(Path.Combine(bundle, "sites.geojson"));
        var dry = CliRunner.Run(null, "import", "--plan", bundle, "--layer", "sites", "--from", xlsx, "--mapping", mapping, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Stderr);
        Assert.Contains("kiểm tra xong (--dry-run, chưa ghi): 2 đối tượng sẽ được nhận", dry.Stderr, StringComparison.Ordinal);
        // The plan is named by its approving decision, never by its hash (Vietnamese first).
        Assert.Contains($"0 bị loại; gói quy hoạch: {QuangNinhByDecision}\n", dry.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9a-f]{12}", dry.Stderr);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(bundle, "sites.geojson")));

        var result = CliRunner.Run(null, "import", "--plan", bundle, "--layer", "sites", "--from", xlsx, "--mapping", mapping);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(
            $"đã nhập 2 đối tượng vào sites.geojson, 0 bị loại; gói quy hoạch: {QuangNinhByDecision}\n",
            result.Stderr,
            StringComparison.Ordinal
        );
        Assert.DoesNotMatch("[0-9a-f]{12}", result.Stderr);
        var sites = File.ReadAllText(Path.Combine(bundle, "sites.geojson"));
        Assert.Contains(
            "\"carrier\":\"Viettel\",\"code\":\"QNH-VTL-0001\",\"pole_class\":\"A2b\",\"height_m\":42",
            sites,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\"carrier\":\"VNPT\",\"code\":\"QNH-VNP-0002\",\"pole_class\":\"A1b\",\"height_m\":15.5",
            sites,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void AnUnknownLayer_IsOneLine_InVietnamese()
    {
        var result = CliRunner.Run(null, "import", "--plan", CliRunner.QuangNinh, "--layer", "tram", "--from", "x.shp");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(
            "lỗi: --layer: không có lớp \"tram\"; chọn một trong: province, communes, zones,",
            result.Stderr,
            StringComparison.Ordinal
        );
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }
}
