using System.Globalization;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// <c>register diff</c>: Viettel's declaration against a register holding Quảng Ninh's sites and one approval not yet built —
/// one structure changed, one new built on the approval, one new without any, the rest of Viettel's structures missing —
/// counted in Vietnamese, tabled in a CSV with Vietnamese headers, and nothing written to the store.
/// </summary>
public sealed class RegisterDiffCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telecomgis-register-diff-").FullName;

    private static readonly IReadOnlyList<Site> Viettel =
    [
        .. PlanBundleReader.Read(CliRunner.QuangNinh).Sites.Where(s => s.Carrier == "Viettel"),
    ];

    // Far from every site (hills of Ba Chẽ); 0.0002° is about 20 m, within R09.share_tolerance of the approval.
    private const double ApprovedLon = 107.32,
        ApprovedLat = 21.30;

    private async Task<string> RegisterAsync()
    {
        var store = Path.Combine(_dir, "register.gpkg");
        Assert.Equal(0, CliRunner.Run(null, "register", "import", "--store", store, "--plan", CliRunner.QuangNinh).ExitCode);
        await using var s = await GeoPackageStore.OpenAsync(store);
        var approved = new AntennaStructure(
            "HS77-1",
            "Viettel",
            "VT-DUYET-1",
            new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(ApprovedLon, ApprovedLat)),
            PoleClass.A2b,
            30,
            false,
            null,
            null,
            false,
            [],
            []
        );
        await s.AppendRegisterEventsAsync([
            new RegisterEvent(
                0,
                approved.Id,
                LifecycleStage.Approved,
                DateTimeOffset.UtcNow.AddDays(-30),
                "u-appraiser",
                EventSource.Decision,
                "submission:77",
                new Approval("77/SKHCN-BCVT", new DateOnly(2026, 11, 2), 77, 1),
                approved
            ),
        ]);
        return store;
    }

    private string Declaration(string name, params string[] rows)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, "Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    private static string Row(string code, double lon, double lat, string poleClass, double height) =>
        string.Create(CultureInfo.InvariantCulture, $"{code},{lon:0.000000},{lat:0.000000},{poleClass},{height:0.0},4G");

    /// <summary><c>register diff</c> of Viettel's file against the store, with the Quảng Ninh plan for the tolerance.</summary>
    private static CliRunner.Result Diff(string store, string file, params string[] more) =>
        DiffWithoutPlan(store, file, ["--plan", CliRunner.QuangNinh, .. more]);

    private static CliRunner.Result DiffWithoutPlan(string store, string file, params string[] more) =>
        CliRunner.Run(null, ["register", "diff", "--store", store, "--carrier", "Viettel", "--from", file, .. more]);

    private static async Task<(long LastEvent, int Declarations)> StateAsync(string store)
    {
        await using var s = await GeoPackageStore.OpenAsync(store);
        return (await s.LastRegisterEventIdAsync(), (await s.ListDeclarationsAsync()).Count);
    }

    [Fact]
    public async Task Diff_CountsNewWithAndWithoutApproval_ChangedAndMissing_WritesAVietnameseCsv_AndLeavesTheStoreAlone()
    {
        var store = await RegisterAsync();
        var before = await StateAsync(store);
        var changed = Viettel[0];
        var file = Declaration(
            "bao-cao-viettel.csv",
            Row(changed.Code, changed.Location.X, changed.Location.Y, changed.PoleClass.ToString(), changed.HeightM + 6),
            Row("VT-MOI-1", ApprovedLon + 0.0002, ApprovedLat, "A2b", 30),
            Row("VT-MOI-2", 107.45, 21.36, "A2b", 36)
        );
        var csv = Path.Combine(_dir, "doi-chieu.csv");

        var r = Diff(store, file, "--out", csv);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var missing = Viettel.Count - 1;
        Assert.Contains(
            $"Báo cáo của Viettel (bao-cao-viettel.csv, 3 trạm) so với sổ hạ tầng: 1 trạm mới có văn bản chấp thuận, 1 trạm mới không có văn bản chấp thuận, 1 trạm thay đổi, {missing.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} vị trí không khai báo, 0 trạm không đổi. Chỉ đối chiếu, chưa ghi gì vào kho.",
            r.Stdout
        );
        Assert.Contains("đã được chấp thuận theo văn bản số 77/SKHCN-BCVT", r.Stdout);
        Assert.Contains("sẽ được ghi là xây dựng không phép", r.Stdout);
        Assert.Contains($"(vị trí {changed.Id}) thay đổi", r.Stdout);

        var lines = File.ReadAllLines(csv);
        Assert.Equal(
            "Kết quả đối chiếu,Dòng,Mã trạm,Mã vị trí,Kinh độ,Vĩ độ,Khoảng cách (m),Văn bản chấp thuận,Nội dung",
            lines[0].TrimStart('\uFEFF')
        );
        Assert.Equal(1 + 3 + missing, lines.Length);
        Assert.StartsWith(
            "\"mới, có văn bản chấp thuận\",",
            lines.Single(l => l.Contains("VT-MOI-1", StringComparison.Ordinal)),
            StringComparison.Ordinal
        );
        Assert.Contains("77/SKHCN-BCVT", lines.Single(l => l.Contains("VT-MOI-1", StringComparison.Ordinal)));
        Assert.Equal(missing, lines.Count(l => l.StartsWith("không khai báo,", StringComparison.Ordinal)));

        // A diff only: no event, no declaration kept.
        Assert.Equal(before, await StateAsync(store));

        var enCsv = Path.Combine(_dir, "diff.csv");
        var en = Diff(store, file, "--lang", "en", "--out", enCsv);
        // The table follows the language, as the tool's other tables.
        Assert.Equal(
            "result,row,site_code,structure_id,lon,lat,distance_m,approval,details",
            File.ReadLines(enCsv).First().TrimStart('\uFEFF')
        );
        Assert.Contains(File.ReadLines(enCsv), l => l.StartsWith("\"new, with an approval\",", StringComparison.Ordinal));
        Assert.Matches(
            new Regex(
                @"^Viettel's declaration \(bao-cao-viettel\.csv, 3 structures\) against the register: 1 new with an approval, 1 new without one, 1 changed, [\d,]+ missing, 0 unchanged\."
            ),
            en.Stdout
        );
    }

    [Fact]
    public async Task ADeclarationWithABadRow_IsRefusedWhole_InOneLine_AndNothingIsWritten()
    {
        var store = await RegisterAsync();
        var before = await StateAsync(store);
        var file = Declaration("sai.csv", Row("VT-MOI-1", 107.45, 21.36, "A2b", 36), Row("VT-MOI-2", 107.46, 21.36, "Z9", 30));
        var csv = Path.Combine(_dir, "doi-chieu.csv");
        var r = Diff(store, file, "--out", csv);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        // The row is named once, by its own reason, and the reason is one sentence ("…: Dòng 2, cột Loại cột: … ."), not
        // "dòng 2: Dòng 2, … .;".
        Assert.StartsWith("lỗi: sai.csv: 1 dòng không đọc được, chưa đối chiếu: Dòng 2, cột Loại cột:", line, StringComparison.Ordinal);
        Assert.Contains("Z9", line);
        Assert.DoesNotContain(".;", line, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(line, "(?i)dòng 2"));
        Assert.False(File.Exists(csv));
        Assert.Equal(before, await StateAsync(store));

        var notADeclaration = Path.Combine(_dir, "bao-cao.pdf");
        File.WriteAllText(notADeclaration, "%PDF-1.4");
        var pdf = Diff(store, notADeclaration);
        Assert.Equal(1, pdf.ExitCode);
        Assert.Contains(".xlsx hoặc .csv", Assert.Single(pdf.Stderr.Trim().Split('\n')));
    }

    [Fact]
    public async Task WithoutAPlan_AStoreWithNoCurrentPlanIsOneLineAndAnExitCode()
    {
        var store = await RegisterAsync();
        var file = Declaration("bao-cao.csv", Row("VT-MOI-1", 107.45, 21.36, "A2b", 36));
        var r = DiffWithoutPlan(store, file);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("lỗi: kho dữ liệu chưa có quy hoạch hiện hành", Assert.Single(r.Stderr.Trim().Split('\n')));
    }

    /// <summary>A carrier that is none of the province's is refused before the store or the file is opened; a known one in
    /// another case is taken as its own name.</summary>
    [Theory]
    [InlineData("Foo")]
    [InlineData("")]
    public void AnUnknownCarrier_IsOneLineNamingTheCarriers_AndExitCode1(string carrier)
    {
        var r = CliRunner.Run(
            null,
            "register",
            "diff",
            "--store",
            Path.Combine(_dir, "khong-co.gpkg"),
            "--carrier",
            carrier,
            "--from",
            Path.Combine(_dir, "khong-co.csv")
        );

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            $"lỗi: --carrier: không có doanh nghiệp \"{carrier}\"; chọn một trong: Viettel, VNPT, MobiFone, Vietnamobile, Gtel.",
            Assert.Single(r.Stderr.Trim().Split('\n'))
        );
    }

    [Fact]
    public async Task AKnownCarrierInAnotherCase_IsThatCarrier()
    {
        var store = await RegisterAsync();
        var file = Declaration("bao-cao.csv", Row("VT-MOI-1", 107.45, 21.36, "A2b", 36));
        var lower = CliRunner.Run(
            null,
            ["register", "diff", "--store", store, "--carrier", "viettel", "--from", file, "--plan", CliRunner.QuangNinh]
        );
        var exact = Diff(store, file);

        Assert.True(lower.ExitCode == 0, lower.Stderr);
        Assert.Equal(exact.Stdout, lower.Stdout);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
