using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>
/// A structure's construction permit or exemption (issue 11, 3) through the service, on a server of its own whose register is
/// the bundle's sites: recorded by the department, shown in the structure's legal status in both languages, refused when the
/// cited exemption does not cover the structure's class, and the inspectors' list of structures with no papers at all.
/// </summary>
public sealed class RegisterPermitTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly Lazy<ProvincePlan> Plan = new(() => PlanBundleReader.Read(TestPaths.CommittedBundle));

    /// <summary>The bundle's <paramref name="nth"/> site of one of the classes (each test its own, as they share the server).</summary>
    private static string SiteOf(int nth, params PoleClass[] classes) =>
        Plan.Value.Sites.Where(s => classes.Contains(s.PoleClass)).ElementAt(nth).Id;

    private async Task<JsonElement> RecordAsync(string id, string language = "vi")
    {
        using var client = server.Client("planner");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.GetAsync($"/api/register/structures/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Requests.JsonOf(response);
    }

    private static object PermitBody(string number, string date, string issuedBy) =>
        new
        {
            kind = "permit",
            permit_number = number,
            permit_date = date,
            issued_by = issuedBy,
        };

    private async Task<HttpResponseMessage> PostAsync(string id, object body, string who = "appraiser")
    {
        using var client = server.Client(who);
        return await client.PostAsJsonAsync($"/api/register/structures/{id}/permits", body);
    }

    private async Task<IReadOnlyList<string>> LackingPapersAsync(string commune)
    {
        using var client = server.Client("appraiser");
        var list = await Requests.JsonOf(await client.GetAsync($"/api/register/structures?commune={commune}&legal=lacking"));
        return [.. list.EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task APermit_IsShownInTheStructuresLegalStatus_AndTakesItOffTheListOfStructuresWithNoPapers()
    {
        var id = SiteOf(1, PoleClass.A2b, PoleClass.A2c);
        var before = await RecordAsync(id);
        Assert.False(before.TryGetProperty("permit", out var none) && none.ValueKind != JsonValueKind.Null);
        var commune = before.GetProperty("commune_code").GetString()!;
        // The bundle's sites stand from before the plan with no approval on record: each one lacks papers until some are recorded.
        Assert.Contains(id, await LackingPapersAsync(commune));

        using var created = await PostAsync(id, PermitBody("125/GPXD", "2026-03-05", "Sở Xây dựng tỉnh Quảng Ninh"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var vi = (await RecordAsync(id)).GetProperty("permit");
        Assert.Equal("permit", vi.GetProperty("kind").GetString());
        Assert.Equal("2026-03-05", vi.GetProperty("permit_date").GetString());
        Assert.Equal("Giấy phép xây dựng: số 125/GPXD ngày 05/03/2026 của Sở Xây dựng tỉnh Quảng Ninh", vi.GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(vi.GetProperty("recorded_by").GetString()));
        var en = (await RecordAsync(id, "en")).GetProperty("permit");
        Assert.Equal(
            "Construction permit no. 125/GPXD of 5 March 2026, issued by Sở Xây dựng tỉnh Quảng Ninh",
            en.GetProperty("text").GetString()
        );
        Assert.DoesNotContain(id, await LackingPapersAsync(commune));

        // A correction is a later record: the latest is in force.
        using var corrected = await PostAsync(id, PermitBody("126/GPXD", "2026-03-06", "Sở Xây dựng tỉnh Quảng Ninh"));
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal("126/GPXD", (await RecordAsync(id)).GetProperty("permit").GetProperty("permit_number").GetString());
    }

    [Fact]
    public async Task AnExemption_CitesItsProvision_AndTheNotBulkyExemptionIsRefusedForABulkyPole()
    {
        var bulky = SiteOf(0, PoleClass.A2b);
        using (var refused = await PostAsync(bulky, new { kind = "exemption", exemption = "ttlt15-5-2-b" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("cột cồng kềnh", await refused.Content.ReadAsStringAsync());
        }
        Assert.False((await RecordAsync(bulky)).TryGetProperty("permit", out var p) && p.ValueKind != JsonValueKind.Null);

        var notBulky = SiteOf(0, PoleClass.A1a, PoleClass.A1b);
        using (
            var created = await PostAsync(
                notBulky,
                new
                {
                    kind = "exemption",
                    exemption = "ttlt15-5-2-b",
                    note = "Cột 3 m trên mái",
                }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var view = await Requests.JsonOf(created);
            Assert.Equal("ttlt15-5-2-b", view.GetProperty("exemption").GetString());
            // The point's full wording was not confirmed against the circular's text: the record says so.
            Assert.False(view.GetProperty("citation_confirmed").GetBoolean());
        }
        Assert.Equal(
            "Miễn giấy phép theo điểm b khoản 2 Điều 5 Thông tư liên tịch số 15/2016/TTLT-BTTTT-BXD (cột ăng ten không cồng kềnh)",
            (await RecordAsync(notBulky)).GetProperty("permit").GetProperty("text").GetString()
        );

        // Another provision, written out by the recorder.
        using (
            var other = await PostAsync(
                bulky,
                new
                {
                    kind = "exemption",
                    exemption = "other",
                    citation = "Quyết định số 02/2014/QĐ-UBND của UBND thành phố Hà Nội",
                }
            )
        )
            Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(
            "Miễn giấy phép theo Quyết định số 02/2014/QĐ-UBND của UBND thành phố Hà Nội",
            (await RecordAsync(bulky)).GetProperty("permit").GetProperty("text").GetString()
        );
    }

    [Theory]
    [InlineData("""{"kind":"permit","permit_date":"2026-03-05","issued_by":"Sở Xây dựng"}""", "permit_number")]
    [InlineData("""{"kind":"permit","permit_number":"1/GPXD","issued_by":"Sở Xây dựng"}""", "permit_date")]
    [InlineData("""{"kind":"exemption","exemption":"other"}""", "citation")]
    [InlineData("""{"kind":"exemption","exemption":"điều 99"}""", "exemption")]
    [InlineData("""{"kind":"licence"}""", "kind")]
    public async Task AnIncompleteRecord_IsRefusedNamingTheField_AndNothingIsStored(string body, string field)
    {
        var id = Plan.Value.Sites[^1].Id;
        using var client = server.Client("admin");
        using var response = await client.PostAsync(
            $"/api/register/structures/{id}/permits",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Requests.JsonOf(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.False((await RecordAsync(id)).TryGetProperty("permit", out var p) && p.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task APermitForAnUnknownStructure_IsNotFound()
    {
        using var response = await PostAsync("NO-SUCH", PermitBody("1/GPXD", "2026-03-05", "Sở Xây dựng"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
