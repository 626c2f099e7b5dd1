using TelecomGis.Storage.Tests.Stores;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// The register commands on the production store: <c>--store</c> takes a PostgreSQL connection string as the service's settings do,
/// and each command answers as it does on the embedded GeoPackage file (a throwaway PostgreSQL 15 + PostGIS, started by the test).
/// </summary>
public sealed class RegisterOnPostGisTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telecomgis-register-pg-").FullName;

    [Fact]
    public async Task ImportCountsExportAndConformity_OnPostGis_AnswerAsOnTheGeoPackageFile()
    {
        var postgis = await server.NewDatabaseAsync();
        var file = Path.Combine(_dir, "register.gpkg");
        foreach (var store in new[] { postgis, file })
        {
            var import = CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh);
            Assert.True(import.ExitCode == 0, import.Stderr);
            Assert.Contains("đã nhập 1.400 vị trí (0 vị trí đã có)", import.Stdout);
        }
        Assert.Contains(
            "đã nhập 0 vị trí (1.400 vị trí đã có)",
            CliRunner.Run(null, "register", "import", "--store", postgis, "--plan", CliRunner.QuangNinh).Stdout
        );

        string Answer(string store, params string[] command)
        {
            var r = CliRunner.Run(null, [.. command, "--store", store]);
            Assert.True(r.ExitCode == 0, r.Stderr);
            return r.Stdout;
        }
        Assert.Equal(Answer(file, "register", "counts"), Answer(postgis, "register", "counts"));
        Assert.Equal(
            Answer(file, "register", "conformity", "--plan", CliRunner.QuangNinh),
            Answer(postgis, "register", "conformity", "--plan", CliRunner.QuangNinh)
        );

        // The same structures in the same order, each with the same code, owner, place and standing. "Từ ngày" is the day each
        // store imported them: the same unless the two imports straddled midnight in Vietnam, so it is compared apart.
        List<string[]> Export(string store, string name)
        {
            var path = Path.Combine(_dir, name);
            Answer(store, "register", "export", "--out", path);
            using var csv = new CsvHelper.CsvReader(new StreamReader(path), System.Globalization.CultureInfo.InvariantCulture);
            var rows = new List<string[]>();
            while (csv.Read())
                rows.Add(csv.Parser.Record!);
            return rows;
        }
        var fromFile = Export(file, "tu-tep.csv");
        var fromPostGis = Export(postgis, "tu-postgis.csv");
        Assert.Equal(1 + 1400, fromPostGis.Count);
        var since = Array.IndexOf(fromFile[0], "Từ ngày");
        Assert.True(since >= 0);
        string Without(string[] row) => string.Join('\u001f', row.Where((_, i) => i != since));
        Assert.Equal(fromFile.Select(Without), fromPostGis.Select(Without));
        var days = fromFile
            .Skip(1)
            .Concat(fromPostGis.Skip(1))
            .Select(r => DateOnly.Parse(r[since], System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        Assert.InRange(days.Count, 1, 2);
        Assert.InRange(days.Max().DayNumber - days.Min().DayNumber, 0, 1);
    }

    [Fact]
    public void AConnectionStringThatReachesNoServer_IsOneLineInVietnamese()
    {
        var r = CliRunner.Run(null, "register", "counts", "--store", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            "lỗi: --store: không kết nối được PostgreSQL (xem lại máy chủ, cổng, tên cơ sở dữ liệu, người dùng và mật khẩu trong chuỗi kết nối).",
            r.Stderr.Trim()
        );
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
