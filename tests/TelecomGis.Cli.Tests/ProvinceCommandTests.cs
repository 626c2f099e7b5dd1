using System.Globalization;

namespace TelecomGis.Cli.Tests;

/// <summary>province init, generate bundle --province, postal on data/hai-phong and convert --transformation, run as a user would.</summary>
public class ProvinceCommandTests
{
    [Fact]
    public void InitWritesABundleThatPlanInfoAndAppraiseReadAtOnce()
    {
        var dir = Path.Combine(CliRunner.NewTempDir(), "vinh-long");
        var init = CliRunner.Run(null, "province", "init", "--province", "86", "--out", dir, "--lang", "en");
        Assert.Equal(0, init.ExitCode);
        Assert.Contains("124 communes since 2025-07-01", init.Stdout);
        Assert.Contains("EPSG:9209", init.Stdout);
        Assert.Contains("EPSG:9210 (Bến Tre)", init.Stdout);

        var info = CliRunner.Run(null, "plan", "info", "--plan", dir, "--lang", "en");
        Assert.Equal(0, info.ExitCode);
        Assert.Contains("Vĩnh Long (86), EPSG:9209", info.Stdout);
        Assert.Contains("EPSG:6960", info.Stdout);
        // A bundle no decision has approved yet says so where an approved one names its decision.
        var vi = CliRunner.Run(null, "plan", "info", "--plan", dir);
        Assert.Equal("phê duyệt  chưa có quyết định phê duyệt", vi.Stdout.Split('\n', StringSplitOptions.TrimEntries)[1]);

        var csv = Path.Combine(Path.GetDirectoryName(dir)!, "site.csv");
        File.WriteAllText(
            csv,
            "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id\nViettel,VL-1,106.34,9.93,A2b,30,no,\n"
        );
        var appraise = CliRunner.Run(null, "appraise", "--plan", dir, "--in", csv, "--lang", "en");
        Assert.Equal(0, appraise.ExitCode);
        Assert.Contains("1 rows", appraise.Stderr);
    }

    [Fact]
    public void AnUnknownCodeOrAFullFolderIsOneLineAndANonZeroExit()
    {
        var bad = CliRunner.Run(null, "province", "init", "--province", "30", "--out", CliRunner.NewTempDir() + "/x");
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("lỗi: --province: không có tỉnh, thành phố mã '30'", bad.Stderr);

        var full = CliRunner.NewTempDir();
        File.WriteAllText(Path.Combine(full, "keep.txt"), "x");
        var refused = CliRunner.Run(null, "province", "init", "--province", "31", "--out", full, "--lang", "en");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is not empty", refused.Stderr);
        Assert.Equal(["keep.txt"], Directory.GetFiles(full).Select(Path.GetFileName));

        var epsg = CliRunner.Run(null, "province", "init", "--province", "31", "--out", CliRunner.NewTempDir() + "/y", "--epsg", "3405");
        Assert.Equal(1, epsg.ExitCode);
        Assert.Contains("EPSG:9209 (Hải Dương)", epsg.Stderr);
    }

    [Fact]
    public void PostalOnHaiPhongGivesTheFormerHaiDuongs294Points()
    {
        var merger = Path.Combine(
            CliRunner.RepositoryRoot,
            "data",
            "sources",
            "admin",
            "commune_merger_2025_old_to_new_qn_hd_tv_dvhcvn20250701.csv"
        );
        var haiDuong = File.ReadLines(merger).Skip(1).Select(l => l.Split(',')).Where(f => f[7] == "30").Select(f => f[2]).ToHashSet();
        var dir = CliRunner.NewTempDir();
        var r = CliRunner.Run(
            null,
            "postal",
            "--plan",
            Path.Combine(CliRunner.RepositoryRoot, "data", "hai-phong"),
            "--out",
            dir,
            "--date",
            "2026-01-15"
        );
        Assert.Equal(0, r.ExitCode);
        var rows = File.ReadLines(Path.Combine(dir, "postal-communes.csv"))
            .Skip(1)
            .Select(l => l.Split(','))
            .Where(f => haiDuong.Contains(f[0]))
            .ToList();
        Assert.Equal(64, rows.Count);
        var points = rows.Sum(f => int.Parse(f[2], CultureInfo.InvariantCulture));
        var area = rows.Sum(f => double.Parse(f[4], CultureInfo.InvariantCulture));
        Assert.Equal(294, points);
        Assert.Equal(1.34, Math.Round(Math.Sqrt(area / (Math.PI * points)), 2));
    }

    [Fact]
    public void ConvertSaysWhichTransformationItUsed()
    {
        var national = CliRunner.Run("106.34,9.93\n", "convert", "--to", "EPSG:9209", "--lang", "en");
        var delta = CliRunner.Run("106.34,9.93\n", "convert", "--to", "EPSG:9209", "--transformation", "EPSG:5194", "--lang", "en");
        Assert.Equal(0, national.ExitCode);
        Assert.Contains("transformation: EPSG:6960", national.Stderr);
        Assert.Contains("DBSCL 02/03", national.Stderr);
        Assert.Contains("transformation: EPSG:5194", delta.Stderr);
        Assert.NotEqual(national.Stdout, delta.Stdout);
        var bad = CliRunner.Run("106.34,9.93\n", "convert", "--to", "EPSG:9209", "--transformation", "EPSG:4756", "--lang", "en");
        Assert.Equal(1, bad.ExitCode);
    }

    [Fact]
    public void AppraiseReadsXyRowsThroughThePlansTransformation()
    {
        var root = CliRunner.NewTempDir();
        var national = Path.Combine(root, "national");
        var delta = Path.Combine(root, "delta");
        Assert.Equal(0, CliRunner.Run(null, "province", "init", "--province", "86", "--out", national).ExitCode);
        Assert.Equal(
            0,
            CliRunner.Run(null, "province", "init", "--province", "86", "--out", delta, "--transformation", "EPSG:5194").ExitCode
        );
        // Trà Vinh's centre in TM-3 105°30′ (cs2cs's numbers there: EPSG:5194).
        var csv = Path.Combine(root, "xy.csv");
        File.WriteAllText(
            csv,
            "carrier,site_code,x,y,epsg,pole_class,height_m,camouflaged,shares_site_id\nViettel,TV-1,1098230.882,591914.073,9209,A2b,30,no,\n"
        );
        double Lon(string plan)
        {
            var r = CliRunner.Run(null, "appraise", "--plan", plan, "--in", csv);
            Assert.Equal(0, r.ExitCode);
            return double.Parse(r.Stdout.Split('\n')[1].Split(',')[3], CultureInfo.InvariantCulture);
        }
        var lonNational = Lon(national);
        var lonDelta = Lon(delta);
        Assert.Equal(106.34, lonDelta, 6); // the point cs2cs projected comes back through EPSG:5194
        Assert.InRange((lonDelta - lonNational) * 109_600, 0.7, 0.9); // and lands about 0.8 m east through EPSG:6960
    }
}
