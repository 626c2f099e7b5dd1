using System.Globalization;

namespace TelecomGis.Cli.Tests;

public class ConvertCommandTests
{
    private static (double X, double Y) Pair(string line)
    {
        var p = line.Split(',');
        return (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheSeedTowerConvertsToItsPublishedVn2000Coordinates()
    {
        var r = CliRunner.Run("107.97826,21.53008\n", "convert", "--to", "EPSG:5899");
        Assert.Equal(0, r.ExitCode);
        var line = r.Stdout.Trim();
        Assert.Matches(@"^\d+\.\d{4},\d+\.\d{4}$", line);
        var (e, n) = Pair(line);
        Assert.Equal(523449.987, e, 0.01);
        Assert.Equal(2381658.013, n, 0.01);
    }

    [Fact]
    public void FromVn2000BackToWgs84()
    {
        var r = CliRunner.Run("523449.987,2381658.013\n", "convert", "--from", "EPSG:5899", "--to", "EPSG:4326");
        Assert.Equal(0, r.ExitCode);
        var (lon, lat) = Pair(r.Stdout.Trim());
        Assert.Equal(107.97826, lon, 1e-7);
        Assert.Equal(21.53008, lat, 1e-7);
    }

    [Fact]
    public void ABadLineIsReportedWithItsNumberAndTheOthersStillConvert()
    {
        var r = CliRunner.Run(
            "107.97826,21.53008\nnot a point\n21.53008,107.97826\n107.5,21.2\n",
            "convert",
            "--to",
            "EPSG:5899",
            "--lang",
            "en"
        );
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(2, r.Stdout.Trim().Split('\n').Length);
        Assert.Contains("line 2", r.Stderr);
        Assert.Contains("line 3", r.Stderr);
        Assert.Contains("outside Vietnam", r.Stderr);
    }

    /// <summary>
    /// A number too large for a coordinate ("1e400", which the runtime reads as infinity) or "NaN" is a line that is not two
    /// numbers, said in Vietnamese: never "Infinity,5 nằm ngoài Việt Nam".
    /// </summary>
    [Fact]
    public void AnInfiniteOrNotANumberLine_IsABadLine_WithoutTheRuntimesEnglishWord()
    {
        var r = CliRunner.Run("1e400,21.5\nNaN,21.5\n107.97826,21.53008\n", "convert", "--to", "EPSG:5899");
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stdout.Trim().Split('\n'));
        Assert.Contains("dòng 1: cần hai số \"x,y\", nhận được \"1e400,21.5\"", r.Stderr);
        Assert.Contains("dòng 2: cần hai số \"x,y\", nhận được \"NaN,21.5\"", r.Stderr);
        Assert.DoesNotContain("Infinity", r.Stderr);
    }

    /// <summary>The Mekong delta's blocks are named as Vietnamese writes them: ĐBSCL, with its Đ.</summary>
    [Fact]
    public void TheMekongDeltaBlocks_AreAbbreviatedAsVietnameseWritesThem()
    {
        var r = CliRunner.Run("106.34,9.93\n", "convert", "--to", "EPSG:9209");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("khối ĐBSCL 02/03", r.Stderr);
        Assert.DoesNotContain(" DBSCL", r.Stderr);
        var help = CliRunner.Run(null, "convert", "--help");
        Assert.Contains("khối ĐBSCL 02/03", help.Stdout);
    }

    [Fact]
    public void AnUnknownSystemIsAClearError()
    {
        var r = CliRunner.Run("1,2\n", "convert", "--to", "EPSG:32648", "--lang", "en");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unknown coordinate system 'EPSG:32648'", r.Stderr);
    }
}
