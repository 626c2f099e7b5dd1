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
