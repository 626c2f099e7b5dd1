using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 11's must-show sequence, through the real service on a server of its own: an approval issued by the desk becomes a
/// structure that later proposals are appraised against (R09 names it and its letter); a proposal received earlier and still
/// pending counts the same way (first received, first served) until it is refused.
/// </summary>
public sealed class RegisterSequenceTests
{
    // Two spots in the hills of Ba Chẽ, away from the bundle's existing sites; 0.000964° of longitude is 100 m at 21.3° N.
    private const double PLon = 107.32,
        PLat = 21.30,
        QLon = 107.36,
        QLat = 21.31,
        HundredMetresEast = 0.000964;

    private static object Tower(string carrier, string code, double lon, double lat) =>
        new
        {
            carrier,
            site_code = code,
            lon,
            lat,
            pole_class = "A2b",
            height_m = 30,
            camouflaged = false,
        };

    private static async Task<(long Id, JsonElement R09)> SubmitAsync(ApiServer server, string carrier, object site)
    {
        using var client = server.Client(carrier);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(site) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await Requests.JsonOf(response);
        var r09 = json.GetProperty("rows")[0]
            .GetProperty("appraisal")
            .GetProperty("rules")
            .EnumerateArray()
            .Single(r => r.GetProperty("rule_id").GetString() == "R09");
        return (json.GetProperty("submission").GetProperty("id").GetInt64(), r09);
    }

    /// <summary>Appraised without being saved (POST /api/appraisals): the spot is asked about, no proposal is filed.</summary>
    private static async Task<JsonElement> AppraiseR09Async(ApiServer server, string carrier, object site)
    {
        using var client = server.Client(carrier);
        using var response = await client.PostAsJsonAsync("/api/appraisals", site);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Requests.JsonOf(response))
            .GetProperty("appraisal")
            .GetProperty("rules")
            .EnumerateArray()
            .Single(r => r.GetProperty("rule_id").GetString() == "R09");
    }

    [Fact]
    public async Task TwoInstancesOnOneStore_TakeBatchesReceivedTogetherOneAfterTheOther()
    {
        // Without the store's intake lock each instance would read the register before the other saved, and both towers, 100 m
        // apart, would pass R09. With it, whichever is saved second names the first as received before it.
        var a = await ApiServer.StartAsync();
        var keysB = Path.Combine(Path.GetTempPath(), "telecomgis-keys-" + Guid.NewGuid().ToString("N") + ".json");
        var b = await ApiServer.StartAsync("--Store:Path", a.StoreFile, "--ApiKeys:Path", keysB);
        try
        {
            for (var pair = 0; pair < 4; pair++)
            {
                var lon = PLon + 0.02 * pair;
                var onA = SubmitAsync(a, "Viettel", Tower("Viettel", $"VT-PAIR-{pair}", lon, PLat));
                var onB = SubmitAsync(b, "MobiFone", Tower("MobiFone", $"MB-PAIR-{pair}", lon + HundredMetresEast, PLat));
                var both = await Task.WhenAll(onA, onB);
                var (first, second) = both[0].Id < both[1].Id ? (both[0], both[1]) : (both[1], both[0]);
                Assert.Equal("pass", first.R09.GetProperty("outcome").GetString());
                Assert.Equal("fail", second.R09.GetProperty("outcome").GetString());
                Assert.Contains($"hồ sơ {first.Id} nhận trước", second.R09.GetProperty("message_vi").GetString()!);
            }
        }
        finally
        {
            await b.DisposeAsync();
            await a.DisposeAsync();
            File.Delete(keysB);
        }
    }

    [Fact]
    public async Task AnIssuedApproval_AndAnEarlierPendingProposal_CountAgainstLaterProposals_UntilRefused()
    {
        await using var server = await ApiServer.StartAsync();
        using var appraiser = server.Client("appraiser");

        // Carrier A's new A2b tower: nothing bulky near it, approved and issued.
        var (a, aR09) = await SubmitAsync(server, "Viettel", Tower("Viettel", "VT-NEW-1", PLon, PLat));
        Assert.Equal("pass", aR09.GetProperty("outcome").GetString());
        using (var r = await appraiser.PostAsJsonAsync($"/api/submissions/{a}/rows/1/decision", new { decision = "approve" }))
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var letter = (await Requests.IssueAsync(appraiser, a)).GetProperty("number").GetString()!;

        // Carrier B, 100 m away: R09 fails, naming A's approved structure and its letter.
        var (_, bR09) = await SubmitAsync(server, "MobiFone", Tower("MobiFone", "MB-NEW-1", PLon + HundredMetresEast, PLat));
        Assert.Equal("fail", bR09.GetProperty("outcome").GetString());
        var bMessage = bR09.GetProperty("message_vi").GetString()!;
        Assert.Contains($"HS{a}-1", bMessage);
        Assert.Contains($"đã được chấp thuận theo văn bản số {letter}", bMessage);
        Assert.InRange(bR09.GetProperty("measured_value").GetDouble(), 95, 105);
        // The register holds A's structure as approved, with the letter, its history from the dossier to the letter.
        var record = await Requests.JsonOf(await appraiser.GetAsync($"/api/register/structures/HS{a}-1"));
        var structure = record.GetProperty("structure");
        Assert.Equal("approved", structure.GetProperty("status").GetString());
        Assert.Equal("đã chấp thuận, chưa xây dựng", structure.GetProperty("status_text").GetString());
        Assert.Equal(letter, structure.GetProperty("approval").GetProperty("letter_number").GetString());
        Assert.Equal(
            ["proposed", "approved"],
            record.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("stage").GetString())
        );
        var counts = await Requests.JsonOf(await appraiser.GetAsync("/api/register/counts"));
        Assert.Equal(1, counts.GetProperty("approved_not_built").GetInt32());
        Assert.True(counts.GetProperty("structures").GetInt32() > 1000, "the bundle's sites were imported on the first run");

        // A proposal received earlier and still pending counts the same way.
        var (c, cR09) = await SubmitAsync(server, "Vietnamobile", Tower("Vietnamobile", "VNM-NEW-1", QLon, QLat));
        Assert.Equal("pass", cR09.GetProperty("outcome").GetString());
        var dR09 = await AppraiseR09Async(server, "VNPT", Tower("VNPT", "VNPT-NEW-1", QLon + HundredMetresEast, QLat));
        Assert.Equal("fail", dR09.GetProperty("outcome").GetString());
        var dMessage = dR09.GetProperty("message_vi").GetString()!;
        Assert.Contains($"HS{c}-1", dMessage);
        Assert.Contains($"hồ sơ {c} nhận trước, ngày", dMessage);

        // Once refused, it no longer does.
        using (
            var r = await appraiser.PostAsJsonAsync(
                $"/api/submissions/{c}/rows/1/decision",
                new { decision = "refuse", reason = "Trùng hành lang tuyến đường dự kiến mở rộng." }
            )
        )
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var eR09 = await AppraiseR09Async(server, "VNPT", Tower("VNPT", "VNPT-NEW-1", QLon + HundredMetresEast, QLat));
        Assert.Equal("pass", eR09.GetProperty("outcome").GetString());
        Assert.DoesNotContain($"HS{c}-1", eR09.GetProperty("message_vi").GetString()!);
    }

    [Fact]
    public async Task TheBundlesSites_EnterTheRegisterOnTheFirstRunOnly()
    {
        await using var server = await ApiServer.StartAsync();
        using var planner = server.Client("planner");
        var first = await Requests.JsonOf(await planner.GetAsync("/api/register/counts"));
        Assert.Equal(1400, first.GetProperty("structures").GetInt32());
        Assert.True(first.GetProperty("bts").GetInt32() >= 1400);
        await server.RestartAsync();
        using var again = server.Client("planner");
        var second = await Requests.JsonOf(await again.GetAsync("/api/register/counts"));
        Assert.Equal(first.GetProperty("last_event_id").GetInt64(), second.GetProperty("last_event_id").GetInt64());
        var nearby = await Requests.JsonOf(await again.GetAsync("/api/register/structures?bbox=107.30,21.07,107.32,21.09"));
        Assert.Contains(nearby.EnumerateArray(), s => s.GetProperty("id").GetString() == "QN-S00001");
        var s1 = nearby.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "QN-S00001");
        Assert.Equal("existing_before_plan", s1.GetProperty("status").GetString());
    }
}
