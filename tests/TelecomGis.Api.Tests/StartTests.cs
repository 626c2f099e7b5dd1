using System.Net;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Tests;

[Collection(SharedServer.Name)]
public sealed class StartTests(ApiServer server)
{
    [Fact]
    public void TheFirstRun_CreatesADemoKeyPerRoleAndPerCarrier()
    {
        Assert.Equal(["admin", "appraiser", "carrier", "planner"], server.DemoKeys.Select(k => k.User.Role).Distinct().Order());
        Assert.Equal(
            ["Gtel", "MobiFone", "VNPT", "Vietnamobile", "Viettel"],
            server.DemoKeys.Select(k => k.User.Carrier).OfType<string>().Order(StringComparer.Ordinal)
        );
        Assert.All(server.DemoKeys, k => Assert.True(k.Key.Length >= 43, "32 random bytes, base64url"));
    }

    /// <summary>
    /// The operator's welcome is Vietnamese, and each demo key stays one line of role, carrier, user and key, as the scripts
    /// (tools/cluster.sh, the map's e2e) read it.
    /// </summary>
    [Fact]
    public void TheWelcome_IsInVietnamese_WithOneLinePerDemoKey()
    {
        var welcome = server.Welcome();
        Assert.StartsWith($"TelecomGis đang phục vụ tại {server.BaseAddress.ToString().TrimEnd('/')}", welcome, StringComparison.Ordinal);
        Assert.Contains("  kho dữ liệu: GeoPackage ", welcome, StringComparison.Ordinal);
        Assert.Contains("  quy hoạch:   Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh", welcome, StringComparison.Ordinal);
        Assert.Contains("  khóa API mẫu (chỉ hiện lần này;", welcome, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", welcome, StringComparison.Ordinal);
        var viettel = server.DemoKeys.Single(k => k.User.Carrier == "Viettel");
        Assert.Matches(
            $@"(?m)^\s+carrier\s+Viettel\s+{viettel.User.UserId}\s+{System.Text.RegularExpressions.Regex.Escape(viettel.Key)}\s*$",
            welcome
        );
    }

    [Fact]
    public void IssueKey_SaysWhatIsWrongInVietnamese()
    {
        var errors = new TelecomGis.Api.Auth.IssueKey("", "chief", null).Validate().ToList();
        Assert.Equal("Thiếu mã người dùng (tối đa 100 ký tự).", errors[0].MessageVi);
        Assert.StartsWith("Vai trò không hợp lệ: chọn quản trị hệ thống (admin), chuyên viên thẩm định (appraiser)", errors[1].MessageVi);
        var carrier = Assert.Single(new TelecomGis.Api.Auth.IssueKey("x", "carrier", "Mobi").Validate());
        Assert.Equal(
            "Khóa của doanh nghiệp phải ghi tên một doanh nghiệp: Viettel, VNPT, MobiFone, Vietnamobile hoặc Gtel.",
            carrier.MessageVi
        );
    }

    [Fact]
    public void IssueKey_AddsAKeyToTheRingBesideTheStore()
    {
        var folder = Path.Combine(Path.GetTempPath(), "telecomgis-keys-" + Guid.NewGuid().ToString("N"));
        var keys = Path.Combine(folder, "keys.json");
        try
        {
            Assert.Equal(0, IssueKeyCommand.Run(["issue-key", "appraiser", "ops-appraiser", "--ApiKeys:Path", keys], "appraiser"));
            Assert.Equal(2, IssueKeyCommand.Run(["issue-key", "carrier", "NoSuchCarrier", "--ApiKeys:Path", keys], "carrier"));
            var ring = File.ReadAllText(keys);
            Assert.Contains("ops-appraiser", ring);
            Assert.DoesNotContain("NoSuchCarrier", ring);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ProblemsSpeakVietnameseUnlessAskedForEnglish()
    {
        var site = new StringContent(
            """{"site_code":"A","lon":107.97,"lat":21.53,"pole_class":"A2b","height_m":-1}""",
            System.Text.Encoding.UTF8,
            "application/json"
        );
        using var vi = await server.Client("Viettel").PostAsync("/api/appraisals", site);
        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        var message = (await Requests.JsonOf(vi)).GetProperty("errors").GetProperty("height_m")[0].GetString();
        Assert.Contains("nằm ngoài khoảng hợp lý", message, StringComparison.Ordinal);

        using var en = await server
            .Client("Viettel", "en")
            .PostAsync(
                "/api/appraisals",
                new StringContent(
                    """{"site_code":"A","lon":107.97,"lat":21.53,"pole_class":"A2b","height_m":-1}""",
                    System.Text.Encoding.UTF8,
                    "application/json"
                )
            );
        Assert.Contains(
            "height",
            (await Requests.JsonOf(en)).GetProperty("errors").GetProperty("height_m")[0].GetString(),
            StringComparison.Ordinal
        );
    }
}
