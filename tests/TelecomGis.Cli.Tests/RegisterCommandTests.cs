namespace TelecomGis.Cli.Tests;

/// <summary><c>register import</c> and <c>register counts</c> on a store of their own.</summary>
public sealed class RegisterCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telecomgis-register-").FullName;

    [Fact]
    public void Import_PutsTheBundlesSitesInTheRegisterOnce_AndCountsPositionsAndBtsPerTechnology()
    {
        var store = Path.Combine(_dir, "register.gpkg");
        var first = CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("đã nhập 1400 vị trí (0 vị trí đã có)", first.Stdout);
        Assert.Contains("1.400 vị trí", first.Stdout);

        var again = CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh);
        Assert.Contains("đã nhập 0 vị trí (1400 vị trí đã có)", again.Stdout);

        var counts = CliRunner.Run(null, "register", "counts", "--store", store, "--lang", "en");
        Assert.Equal(0, counts.ExitCode);
        Assert.Matches(@"^1,400 structures, [\d,]+ BTS \(2G: [\d,]+, 3G: [\d,]+, 4G: [\d,]+, 5G: [\d,]+\)", counts.Stdout);
        // Before anything was imported, the register was empty.
        Assert.StartsWith("0 vị trí", CliRunner.Run(null, "register", "counts", "--store", store, "--as-of", "2020-01-01").Stdout);
    }

    [Fact]
    public void CountsOnAMissingStore_IsOneLineAndAnExitCode()
    {
        var result = CliRunner.Run(null, "register", "counts", "--store", Path.Combine(_dir, "none.gpkg"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không có kho dữ liệu", result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
