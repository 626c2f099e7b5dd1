using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using MiniExcelLibs;

namespace TelecomGis.Api.Tests;

[Collection(SharedServer.Name)]
public sealed class SubmissionTests(ApiServer server)
{
    [Fact]
    public async Task ARetryWithTheSameIdempotencyKey_ReturnsTheSameSubmission_AndWritesNothingMore()
    {
        using var client = server.Client("MobiFone");
        var before = await Requests.CountSubmissionsAsync(client);
        var key = Guid.NewGuid().ToString();

        using var first = await Send(client, key);
        using var retry = await Send(client, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var a = await Requests.JsonOf(first);
        var b = await Requests.JsonOf(retry);
        Assert.Equal(a.GetProperty("submission").GetProperty("id").GetInt64(), b.GetProperty("submission").GetProperty("id").GetInt64());
        Assert.Equal(
            a.GetProperty("rows")[0].GetProperty("verdict").GetString(),
            b.GetProperty("rows")[0].GetProperty("verdict").GetString()
        );
        Assert.Equal(before + 1, await Requests.CountSubmissionsAsync(client));
    }

    [Fact]
    public async Task TheSameIdempotencyKeyWithAnotherFile_Is422NamingTheHeader_WhileTheSameFileIsARetry()
    {
        using var client = server.Client("MobiFone", "en");
        var before = await Requests.CountSubmissionsAsync(client);
        var key = Guid.NewGuid().ToString();
        const string header = "carrier,site_code,lon,lat,pole_class,height_m,camouflaged\n";
        var firstFile = header + "MobiFone,K-1,107.97826,21.53008,A2b,33,no\n";
        var otherFile = header + "MobiFone,K-2,107.97826,21.53008,A2b,30,no\n";

        using var first = await SendFile(client, key, firstFile);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await Requests.JsonOf(first)).GetProperty("submission").GetProperty("id").GetInt64();
        using var retry = await SendFile(client, key, firstFile);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (await Requests.JsonOf(retry)).GetProperty("submission").GetProperty("id").GetInt64());

        using var other = await SendFile(client, key, otherFile);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        var problem = await Requests.JsonOf(other);
        Assert.Contains("Idempotency-Key", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"#{id}", detail);
        Assert.Contains("Khóa Idempotency-Key", detail);

        // One site as JSON: the body's bytes are what the key is kept with.
        var jsonKey = Guid.NewGuid().ToString();
        using var site = await Send(client, jsonKey);
        Assert.Equal(HttpStatusCode.Created, site.StatusCode);
        using var again = await Send(client, jsonKey);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var changed = new HttpRequestMessage(HttpMethod.Post, "/api/submissions")
        {
            Content = JsonContent.Create(Requests.MongCai33mA2b(siteCode: "IDEM-2")),
        };
        changed.Headers.Add("Idempotency-Key", jsonKey);
        using var refused = await client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(before + 2, await Requests.CountSubmissionsAsync(client));
    }

    private static async Task<HttpResponseMessage> SendFile(HttpClient client, string key, string csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = Requests.File("batch.csv", csv) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task ConcurrentRetries_AllGetTheOneSubmission()
    {
        using var client = server.Client("Gtel");
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Send(client, key)));
        var ids = new HashSet<long>();
        foreach (var r in responses)
        {
            Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString());
            ids.Add((await Requests.JsonOf(r)).GetProperty("submission").GetProperty("id").GetInt64());
            r.Dispose();
        }
        Assert.Single(ids);
        var list = await Requests.JsonOf(await client.GetAsync("/api/submissions"));
        Assert.Single(list.EnumerateArray(), s => s.GetProperty("id").GetInt64() == ids.Single());
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions")
        {
            Content = JsonContent.Create(Requests.MongCai33mA2b(siteCode: "IDEM-1")),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    // Issue 14: the appraiser's list took 8 s at 5,545 batches (no paging, one query per batch).
    [Fact]
    public async Task TheBatchListIsPaged_NewestFirst_WithTheTotal_AVerdictCount_AndALinkToTheNextPage()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var client = own.Client("Vietnamobile");
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
            ids.Add(await Requests.SubmitAsync(client, Requests.InTheMilitaryArea(i, siteCode: $"PAGE-{i}")));
        ids.Reverse();

        using var first = await client.GetAsync("/api/submissions?limit=2");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var total = int.Parse(first.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 3);
        var page = await Requests.JsonOf(first);
        Assert.Equal(ids.Take(2), page.EnumerateArray().Select(s => s.GetProperty("id").GetInt64()));
        Assert.All(page.EnumerateArray(), s =>
        {
            Assert.Equal("Vietnamobile", s.GetProperty("carrier").GetString());
            Assert.Equal("pending", s.GetProperty("status").GetString());
            Assert.Equal(1, s.GetProperty("verdicts").GetProperty("needs_consultation").GetInt32());
            Assert.Equal(s.GetProperty("row_count").GetInt32(), s.GetProperty("verdicts").EnumerateObject().Sum(v => v.Value.GetInt32()));
        });
        var link = first.Headers.GetValues("Link").Single();
        Assert.Equal("</api/submissions?offset=2&limit=2>; rel=\"next\"", link);

        using var second = await client.GetAsync(link[1..link.IndexOf('>')]);
        Assert.Equal(ids[2], (await Requests.JsonOf(second)).EnumerateArray().First().GetProperty("id").GetInt64());
        Assert.Contains("rel=\"prev\"", second.Headers.GetValues("Link").Single());

        using var last = await client.GetAsync($"/api/submissions?offset={total - 1}&limit=2");
        Assert.Equal(1, (await Requests.JsonOf(last)).GetArrayLength());
        Assert.DoesNotContain("next", last.Headers.GetValues("Link").Single());

        // An appraiser's list holds every carrier's batches, pending ones oldest first.
        using (var vnpt = own.Client("VNPT"))
            await Requests.SubmitAsync(vnpt, Requests.InTheMilitaryArea(3, siteCode: "PAGE-VNPT"));
        using var appraiser = own.Client("appraiser");
        using var all = await appraiser.GetAsync("/api/submissions?limit=500");
        Assert.True(int.Parse(all.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) >= total);
        Assert.Contains((await Requests.JsonOf(all)).EnumerateArray(), s => s.GetProperty("carrier").GetString() != "Vietnamobile");
        var queue = await Requests.JsonOf(await appraiser.GetAsync("/api/submissions?status=pending&limit=500"));
        var times = queue.EnumerateArray().Select(s => s.GetProperty("submitted_at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("status=lost", "status")]
    public async Task ABadPageOrStatus_IsA400NamingTheField(string query, string field)
    {
        using var client = server.Client("appraiser");
        using var response = await client.GetAsync($"/api/submissions?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ACarrierCannotReadAnotherCarriersBatch_ByItsId()
    {
        var id = await server.ViettelSubmissionAsync();
        using var vnpt = server.Client("VNPT");
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/submissions/{id}")).StatusCode);
        using var viettel = server.Client("Viettel");
        Assert.Equal(HttpStatusCode.OK, (await viettel.GetAsync($"/api/submissions/{id}")).StatusCode);
        using var appraiser = server.Client("appraiser");
        Assert.Equal(HttpStatusCode.OK, (await appraiser.GetAsync($"/api/submissions/{id}")).StatusCode);
    }

    [Fact]
    public async Task ACsvBatch_KeepsARejectedRowBesideTheAppraisedOne_AndEveryRuleIsExplained()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var client = own.Client("Viettel", "en");
        var csv =
            "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id\n"
            + "Viettel,MC-33,107.97826,21.53008,A2b,33,no,\n"
            + "Viettel,BAD,107.97826,21.53008,A2b,abc,no,\n";
        using var response = await client.PostAsync("/api/submissions", Requests.File("batch.csv", csv));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await Requests.JsonOf(response)).GetProperty("submission").GetProperty("id").GetInt64();

        var detail = await Requests.JsonOf(await client.GetAsync($"/api/submissions/{id}"));
        var rows = detail.GetProperty("rows");
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal("needs_consultation", rows[0].GetProperty("verdict").GetString());
        var rules = rows[0].GetProperty("appraisal").GetProperty("rules");
        Assert.Equal(12, rules.GetArrayLength());
        Assert.All(rules.EnumerateArray(), r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message_vi").GetString()));
            Assert.Equal(r.GetProperty("message_en").GetString(), r.GetProperty("message").GetString());
        });
        var r07 = rules.EnumerateArray().Single(r => r.GetProperty("rule_id").GetString() == "R07");
        Assert.True(r07.TryGetProperty("measured_value", out _) && r07.TryGetProperty("threshold", out _));
        Assert.Equal("rejected", rows[1].GetProperty("verdict").GetString());
        Assert.Equal("height_m", rows[1].GetProperty("rejection").GetProperty("field").GetString());
    }

    [Fact]
    public async Task AnExcelBatch_AndAGeoJsonBatch_AreAppraisedLikeTheCsv()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var client = own.Client("Vietnamobile");
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(
            new[]
            {
                new Dictionary<string, object>
                {
                    ["site_code"] = "X-1",
                    ["lon"] = 107.97826,
                    ["lat"] = 21.53008,
                    ["pole_class"] = "A2b",
                    ["height_m"] = 33,
                    ["camouflaged"] = "no",
                },
            }
        );
        using var excel = await client.PostAsync("/api/submissions", Requests.File("batch.xlsx", xlsx.ToArray()));
        Assert.Equal(HttpStatusCode.Created, excel.StatusCode);
        Assert.Equal("needs_consultation", (await Requests.JsonOf(excel)).GetProperty("rows")[0].GetProperty("verdict").GetString());

        var spot = Requests.MilitaryAreaSpots[0];
        var geojson =
            // Another spot of the area: the Excel batch's tower, pending, would count against one at the same spot.
            $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"site_code":"G-1","pole_class":"A2b","height_m":33,"camouflaged":false},"geometry":{"type":"Point","coordinates":[{{{spot.Lon.ToString(CultureInfo.InvariantCulture)}}},{{{spot.Lat.ToString(CultureInfo.InvariantCulture)}}}]}}]}""";
        using var geo = await client.PostAsync("/api/submissions", Requests.File("batch.geojson", Encoding.UTF8.GetBytes(geojson)));
        Assert.Equal(HttpStatusCode.Created, geo.StatusCode);
        var row = (await Requests.JsonOf(geo)).GetProperty("rows")[0];
        Assert.Equal("needs_consultation", row.GetProperty("verdict").GetString());
        Assert.Equal("G-1", row.GetProperty("site_code").GetString());
    }

    [Fact]
    public async Task AnAppraisersOverrideAndDecision_ChangeTheVerdictAndTheQueue_AndKeepTheEnginesOutcome()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var carrier = own.Client("VNPT");
        var id = await Requests.SubmitAsync(carrier, Requests.MongCai33mA2b(siteCode: "REVIEW-1"));
        using var appraiser = own.Client("appraiser");

        var pending = await Requests.JsonOf(await appraiser.GetAsync("/api/submissions?status=pending"));
        Assert.Contains(pending.EnumerateArray(), s => s.GetProperty("id").GetInt64() == id);

        using var overridden = await appraiser.PostAsJsonAsync(
            $"/api/submissions/{id}/overrides",
            new
            {
                row = 1,
                rule_id = "R04",
                outcome = "pass",
                reason = "Bộ Chỉ huy Quân sự tỉnh agreed (letter 123/BCH).",
            }
        );
        Assert.Equal(HttpStatusCode.Created, overridden.StatusCode);
        using var decided = await appraiser.PostAsJsonAsync(
            $"/api/submissions/{id}/decision",
            new { outcome = "approved", reason = "Conforms after consultation." }
        );
        Assert.Equal(HttpStatusCode.Created, decided.StatusCode);

        var detail = await Requests.JsonOf(await carrier.GetAsync($"/api/submissions/{id}"));
        Assert.Equal("decided", detail.GetProperty("submission").GetProperty("status").GetString());
        var row = detail.GetProperty("rows")[0];
        Assert.Equal("conforms", row.GetProperty("verdict").GetString());
        var r04 = row.GetProperty("appraisal")
            .GetProperty("rules")
            .EnumerateArray()
            .Single(r => r.GetProperty("rule_id").GetString() == "R04");
        Assert.Equal("pass", r04.GetProperty("outcome").GetString());
        Assert.Equal("consult", r04.GetProperty("original_outcome").GetString());
        Assert.Equal(2, detail.GetProperty("decisions").GetArrayLength());

        pending = await Requests.JsonOf(await appraiser.GetAsync("/api/submissions?status=pending"));
        Assert.DoesNotContain(pending.EnumerateArray(), s => s.GetProperty("id").GetInt64() == id);
    }

    // Issue 14: one 20,000-row upload with ?where=true held both cores for 285 s.
    [Fact]
    public async Task WhereTrue_OnABatchOverTheLimit_IsA400NamingWhere_AndNothingIsSaved()
    {
        using var client = server.Client("Viettel", "en");
        var before = await Requests.CountSubmissionsAsync(client);
        var csv = new StringBuilder("carrier,site_code,lon,lat,pole_class,height_m,camouflaged\n");
        for (var i = 0; i <= TelecomGis.Api.Submissions.SubmitSites.MaxRowsWithAlternatives; i++)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Viettel,W-{i},107.97826,21.53008,A2b,33,no\n");

        using var response = await client.PostAsync("/api/submissions?where=true", Requests.File("big.csv", csv.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var where = (await Requests.JsonOf(response)).GetProperty("errors").GetProperty("where")[0].GetString();
        Assert.Contains("up to 1000 rows", where);
        Assert.Equal(before, await Requests.CountSubmissionsAsync(client));
    }

    [Fact]
    public async Task WhereTrue_KeepsTheSearchForAConformingPoint_WithTheRow()
    {
        using var client = server.Client("Viettel");
        // A site that fails (a sharing claim of no site): one that only needs consultation is not searched for.
        using var response = await client.PostAsJsonAsync(
            "/api/submissions?where=true",
            new
            {
                site_code = "WHERE-1",
                lon = 107.97826,
                lat = 21.53008,
                pole_class = "A2b",
                height_m = 33,
                camouflaged = false,
                shares_site_id = "NO-SUCH-SITE",
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await Requests.JsonOf(response)).GetProperty("submission").GetProperty("id").GetInt64();

        var row = (await Requests.JsonOf(await client.GetAsync($"/api/submissions/{id}"))).GetProperty("rows")[0];
        var alternative = row.GetProperty("alternative");
        Assert.True(alternative.GetProperty("search_radius_m").GetDouble() > 0);
        if (alternative.GetProperty("found").GetBoolean())
            Assert.True(alternative.GetProperty("distance_m").GetDouble() >= 0);
    }
}
