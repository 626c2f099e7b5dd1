using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TelecomGis.Api.Tests;

[Collection(SharedServer.Name)]
public sealed class AppraisalTests(ApiServer server)
{
    [Fact]
    public async Task TheSeedsMongCai33mA2bTower_NeedsConsultation_BecauseOfTheMilitaryArea()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var client = own.Client("Viettel", "en");
        using var response = await client.PostAsJsonAsync(
            "/api/appraisals",
            new
            {
                site_code = "MC-33",
                lon = 107.97826,
                lat = 21.53008,
                pole_class = "A2b",
                height_m = 33,
                camouflaged = false,
            }
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var appraisal = json.RootElement.GetProperty("appraisal");
        Assert.Equal("needs_consultation", appraisal.GetProperty("verdict").GetString());
        var r04 = appraisal.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule_id").GetString() == "R04");
        Assert.Equal("consult", r04.GetProperty("outcome").GetString());
        Assert.Equal(r04.GetProperty("message_en").GetString(), r04.GetProperty("message").GetString());
        // A carrier is told whom to consult, not which military area (AuthorisationMatrixTests.ConfidentialAreas).
        Assert.False(r04.TryGetProperty("deciding_feature", out _));
    }

    [Fact]
    public async Task VietnameseIsThePrimaryLanguageByDefault()
    {
        using var client = server.Client("appraiser");
        using var response = await client.PostAsJsonAsync(
            "/api/appraisals",
            new
            {
                carrier = "VNPT",
                site_code = "X",
                lon = "21°31'48.3\"N",
                lat = "107°58'41.7\"E",
                pole_class = "A2b",
                height_m = "33",
            }
        );
        // DMS text in swapped fields is caught at the edge, named by field.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var ok = await client.PostAsJsonAsync(
            "/api/appraisals",
            new
            {
                carrier = "VNPT",
                site_code = "X",
                lat = "21°31'48.3\"N",
                lon = "107°58'41.7\"E",
                pole_class = "A2b",
                height_m = "33",
            }
        );
        using var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync());
        var r01 = json.RootElement.GetProperty("appraisal").GetProperty("rules")[0];
        Assert.Equal(r01.GetProperty("message_vi").GetString(), r01.GetProperty("message").GetString());
    }

    /// <summary>
    /// Vietnamese first: the answer names the plan version it was judged against as the department does (the plan, when it was
    /// imported in Vietnam's time, in force), never by its hash; <c>plan_version</c> keeps the hash for programs.
    /// </summary>
    [Fact]
    public async Task TheAnswerNamesThePlanVersionByItsNameAndImportTime_NotByItsHash()
    {
        using var carrier = server.Client("Viettel");
        using var response = await carrier.PostAsJsonAsync("/api/appraisals", Requests.MongCai33mA2b(siteCode: "MC-WORDS"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Requests.JsonOf(response);
        using var planner = server.Client("planner");
        var current = (await Requests.JsonOf(await planner.GetAsync("/api/plans")))
            .EnumerateArray()
            .Single(v => v.GetProperty("current").GetBoolean());
        var imported = current.GetProperty("imported_at").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7));
        var hash = answer.GetProperty("appraisal").GetProperty("plan_version").GetString()!;

        Assert.Equal(current.GetProperty("version").GetString(), hash);
        Assert.Equal(
            FormattableString.Invariant(
                $"{current.GetProperty("plan_name").GetString()}, bản nhập lúc {imported:HH:mm} ngày {imported:dd/MM/yyyy} (đang áp dụng)"
            ),
            answer.GetProperty("plan_version_vi").GetString()
        );
        Assert.DoesNotMatch("[0-9a-f]{12}", answer.GetProperty("plan_version_vi").GetString()!);
        Assert.EndsWith($"(current), version {hash[..12]}", answer.GetProperty("plan_version_en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACarrierCannotAppraiseAsAnotherCarrier()
    {
        using var client = server.Client("Viettel");
        using var response = await client.PostAsJsonAsync("/api/appraisals", Requests.MongCai33mA2b("VNPT"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty("carrier", out _));
    }
}
