using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TelecomGis.Storage.Tests;
using TelecomGis.Storage.Tests.Stores;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The authorisation matrix's province axis (issue 12, item 5): one deployment hosting Quảng Ninh (22) and Hải Phòng (31)
/// (<c>--Plan:Bundles</c>), on each store. Every route that reads or writes a dossier, a letter, a plan version, a structure or a
/// declaration is tried by the other province's appraiser, planner and carrier: another province's thing is a 404, as if it did
/// not exist; lists hold the caller's province only; a national role names its province or gets a 400.
/// </summary>
public sealed class ProvinceAuthorisationMatrixTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static string[] TwoProvinces =>
        [
            "--Plan:Bundles",
            string.Join(
                ",",
                Path.Combine(TestPaths.RepositoryRoot, "data", "quang-ninh"),
                Path.Combine(TestPaths.RepositoryRoot, "data", "hai-phong")
            ),
        ];

    [Fact]
    public async Task OnTheGeoPackageStore_NobodySeesAnotherProvincesDossiersPlansOrRegister()
    {
        var server = await ApiServer.StartAsync(TwoProvinces);
        try
        {
            await CheckAsync(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task OnPostGis_NobodySeesAnotherProvincesDossiersPlansOrRegister()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var server = await ApiServer.StartAsync([.. TwoProvinces, "--ConnectionStrings:Postgres", connectionString]);
        try
        {
            await CheckAsync(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>A tower near Hải Dương (Hải Phòng since July 2025), far from the province's bundle sites.</summary>
    private static object HaiDuongTower(string? carrier = null, string siteCode = "HD-33") =>
        new
        {
            carrier,
            site_code = siteCode,
            lon = 106.33,
            lat = 20.94,
            pole_class = "A2b",
            height_m = 30,
            camouflaged = false,
        };

    private static async Task CheckAsync(ApiServer server)
    {
        using var admin = server.Client("admin");
        var users = new Dictionary<string, HttpClient>
        {
            ["admin"] = admin,
            ["anonymous"] = server.Client(),
            ["appraiser-22"] = await IssueAsync(server, admin, "appraiser", null, "22"),
            ["appraiser-31"] = await IssueAsync(server, admin, "appraiser", null, "31"),
            ["planner-22"] = await IssueAsync(server, admin, "planner", null, "22"),
            ["planner-31"] = await IssueAsync(server, admin, "planner", null, "31"),
            ["viettel-22"] = await IssueAsync(server, admin, "carrier", "Viettel", "22"),
            ["viettel-31"] = await IssueAsync(server, admin, "carrier", "Viettel", "31"),
        };
        try
        {
            // Quảng Ninh: a batch decided with its letter issued, and a declaration; Hải Phòng: a batch.
            var inQn = await Requests.SubmitAsync(users["viettel-22"], Requests.MongCai33mA2b(), "prov-qn");
            await Requests.DecideAsync(users["appraiser-22"], inQn, "approved");
            await Requests.IssueAsync(users["appraiser-22"], inQn);
            var inHp = await Requests.SubmitAsync(users["viettel-31"], HaiDuongTower(), "prov-hp");
            using var declared = await users["viettel-22"]
                .PostAsync(
                    "/api/register/declarations",
                    Requests.File("bao-cao.csv", "Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ\nKB-1,107.33,21.33,A2b,30,4G\n")
                );
            Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
            var declQn = (await Requests.JsonOf(declared)).GetProperty("id").GetInt64();
            var qnPlan = await CurrentPlanAsync(users["planner-22"]);
            var hpPlan = await CurrentPlanAsync(users["planner-31"]);
            Assert.NotEqual(qnPlan, hpPlan);

            (string Caller, string Method, string Path, object? Body, HttpStatusCode Expected)[] table =
            [
                // Dossiers and their letters: the other province's appraiser and the same carrier's other-province user find nothing.
                ("appraiser-31", "GET", $"/api/submissions/{inQn}", null, HttpStatusCode.NotFound),
                (
                    "appraiser-31",
                    "POST",
                    $"/api/submissions/{inQn}/decision",
                    new { outcome = "approved", reason = "Phù hợp quy hoạch." },
                    HttpStatusCode.NotFound
                ),
                (
                    "appraiser-31",
                    "POST",
                    $"/api/submissions/{inQn}/rows/1/decision",
                    new { decision = "approve", reason = "Phù hợp quy hoạch." },
                    HttpStatusCode.NotFound
                ),
                (
                    "appraiser-31",
                    "POST",
                    $"/api/submissions/{inQn}/corrections",
                    new { reason = "Sai tọa độ trạm." },
                    HttpStatusCode.NotFound
                ),
                ("appraiser-31", "GET", $"/api/submissions/{inQn}/letter?format=pdf", null, HttpStatusCode.NotFound),
                ("viettel-31", "GET", $"/api/submissions/{inQn}", null, HttpStatusCode.NotFound),
                ("viettel-31", "GET", $"/api/submissions/{inQn}/letter?format=docx", null, HttpStatusCode.NotFound),
                ("appraiser-22", "GET", $"/api/submissions/{inHp}", null, HttpStatusCode.NotFound),
                ("viettel-22", "GET", $"/api/submissions/{inHp}", null, HttpStatusCode.NotFound),
                ("appraiser-22", "GET", $"/api/submissions/{inQn}", null, HttpStatusCode.OK),
                ("viettel-22", "GET", $"/api/submissions/{inQn}/letter?format=pdf", null, HttpStatusCode.OK),
                ("appraiser-31", "GET", $"/api/submissions/{inHp}", null, HttpStatusCode.OK),
                // Plan versions.
                ("planner-31", "GET", $"/api/plans/{qnPlan}", null, HttpStatusCode.NotFound),
                ("planner-31", "POST", $"/api/plans/{qnPlan}/activate", null, HttpStatusCode.NotFound),
                ("appraiser-31", "GET", $"/api/plans/{qnPlan}/impact", null, HttpStatusCode.NotFound),
                ("planner-22", "GET", $"/api/plans/{hpPlan}", null, HttpStatusCode.NotFound),
                ("planner-22", "GET", $"/api/plans/{qnPlan}", null, HttpStatusCode.OK),
                ("planner-31", "GET", $"/api/plans/{hpPlan}", null, HttpStatusCode.OK),
                // The register: structures, inspections and declarations.
                ("appraiser-31", "GET", "/api/register/structures/QN-S00001", null, HttpStatusCode.NotFound),
                ("appraiser-22", "GET", "/api/register/structures/HD-S00001", null, HttpStatusCode.NotFound),
                ("appraiser-31", "GET", "/api/register/structures/HD-S00001", null, HttpStatusCode.OK),
                ("appraiser-22", "GET", "/api/register/structures/QN-S00001", null, HttpStatusCode.OK),
                ("appraiser-31", "POST", "/api/register/inspections", Inspection("QN-S00001"), HttpStatusCode.NotFound),
                ("appraiser-31", "POST", "/api/register/inspections", Inspection("HD-S00001"), HttpStatusCode.Created),
                ("viettel-31", "GET", $"/api/register/declarations/{declQn}", null, HttpStatusCode.NotFound),
                ("viettel-31", "POST", $"/api/register/declarations/{declQn}/confirm", null, HttpStatusCode.NotFound),
                ("appraiser-31", "GET", $"/api/register/declarations/{declQn}", null, HttpStatusCode.NotFound),
                ("appraiser-22", "GET", $"/api/register/declarations/{declQn}", null, HttpStatusCode.OK),
                // A province's user cannot name another province; a national role must name one, and only a hosted one.
                ("appraiser-22", "GET", $"/api/submissions/{inQn}?province=31", null, HttpStatusCode.NotFound),
                ("viettel-31", "GET", "/api/submissions?province=22", null, HttpStatusCode.NotFound),
                ("admin", "GET", "/api/submissions", null, HttpStatusCode.BadRequest),
                ("admin", "GET", "/api/register/counts", null, HttpStatusCode.BadRequest),
                ("admin", "GET", "/api/submissions?province=3", null, HttpStatusCode.BadRequest),
                ("admin", "GET", "/api/submissions?province=01", null, HttpStatusCode.NotFound),
                ("admin", "GET", $"/api/submissions/{inQn}?province=31", null, HttpStatusCode.NotFound),
                ("admin", "GET", $"/api/submissions/{inQn}?province=22", null, HttpStatusCode.OK),
                ("admin", "GET", $"/api/plans/{hpPlan}?province=31", null, HttpStatusCode.OK),
                // Anonymous callers see public layers: of the named province, else the default (the first bundle).
                ("anonymous", "GET", "/api/map/settings", null, HttpStatusCode.OK),
                ("anonymous", "GET", "/api/map/settings?province=31", null, HttpStatusCode.OK),
            ];
            var failures = new List<string>();
            foreach (var (caller, method, path, body, expected) in table)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (body is not null)
                    request.Content = JsonContent.Create(body);
                using var response = await users[caller].SendAsync(request);
                if (response.StatusCode != expected)
                    failures.Add($"{caller} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
                else if ((int)expected >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add($"{caller} {method} {path}: not a problem details answer");
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));

            // The national role's refusal says why, in Vietnamese first.
            var refusal = await (await admin.GetAsync("/api/submissions")).Content.ReadAsStringAsync();
            Assert.Contains("tỉnh, thành phố", refusal, StringComparison.Ordinal);

            // Lists hold the caller's province only.
            Assert.Equal([inHp], await IdsAsync(users["appraiser-31"], "/api/submissions"));
            Assert.Equal([inQn], await IdsAsync(users["viettel-22"], "/api/submissions"));
            Assert.Equal([inHp], await IdsAsync(admin, "/api/submissions?province=31"));
            Assert.All((await Requests.JsonOf(await users["planner-31"].GetAsync("/api/plans"))).EnumerateArray(), p =>
                Assert.Equal("31", p.GetProperty("province_code").GetString())
            );
            Assert.Empty((await Requests.JsonOf(await users["viettel-31"].GetAsync("/api/register/declarations"))).EnumerateArray());
            Assert.NotEqual(
                await (await users["appraiser-22"].GetAsync("/api/register/counts")).Content.ReadAsStringAsync(),
                await (await users["appraiser-31"].GetAsync("/api/register/counts")).Content.ReadAsStringAsync()
            );

            // The map and the engine follow the caller's province: Hải Phòng's frame, and Móng Cái outside it (R01).
            var hpMap = await Requests.JsonOf(await users["appraiser-31"].GetAsync("/api/map/settings"));
            Assert.Equal(9210, hpMap.GetProperty("epsg").GetInt32());
            Assert.Equal(
                9210,
                (await Requests.JsonOf(await users["anonymous"].GetAsync("/api/map/settings?province=31"))).GetProperty("epsg").GetInt32()
            );
            Assert.NotEqual(
                9210,
                (await Requests.JsonOf(await users["anonymous"].GetAsync("/api/map/settings"))).GetProperty("epsg").GetInt32()
            );
            Assert.Equal("pass", await R01Async(users["appraiser-31"], HaiDuongTower("Viettel")));
            Assert.Equal("fail", await R01Async(users["appraiser-31"], Requests.MongCai33mA2b("Viettel")));
            Assert.Equal("pass", await R01Async(users["appraiser-22"], Requests.MongCai33mA2b("Viettel")));

            // A coverage run belongs to its plan version's province: the other province's planner finds no such run, and
            // cannot cancel it; its own planner reads it.
            using var started = await users["planner-22"]
                .PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 2000, communes_on = "2026-01-01" });
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            var run = started.Headers.Location!.OriginalString;
            Assert.Equal(HttpStatusCode.OK, (await users["planner-22"].GetAsync(run)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await users["planner-31"].GetAsync(run)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await users["planner-31"].GetAsync($"{run}/communes")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await users["planner-31"].DeleteAsync(run)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await users["planner-22"].GetAsync(run)).StatusCode);
        }
        finally
        {
            foreach (var client in users.Values.Where(c => c != admin))
                client.Dispose();
        }
    }

    private static object Inspection(string structureId) =>
        new
        {
            structure_id = structureId,
            inspected_on = "2026-10-05",
            inspectors = (string[])["Nguyễn Văn An"],
            findings = "Cột đúng hồ sơ.",
            outcome = "compliant",
        };

    private static async Task<HttpClient> IssueAsync(ApiServer server, HttpClient admin, string role, string? carrier, string province)
    {
        using var response = await admin.PostAsJsonAsync(
            "/api/auth/keys",
            new
            {
                user_id = $"{role}-{carrier?.ToLowerInvariant() ?? "so"}-{province}",
                role,
                carrier,
                province,
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await Requests.JsonOf(response);
        Assert.Equal(province, issued.GetProperty("province").GetString());
        var client = server.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.GetProperty("key").GetString());
        return client;
    }

    private static async Task<string> CurrentPlanAsync(HttpClient planner) =>
        (await Requests.JsonOf(await planner.GetAsync("/api/plans")))
            .EnumerateArray()
            .Single(p => p.GetProperty("current").GetBoolean())
            .GetProperty("version")
            .GetString()!;

    private static async Task<List<long>> IdsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await Requests.JsonOf(response)).EnumerateArray().Select(s => s.GetProperty("id").GetInt64())];
    }

    private static async Task<string> R01Async(HttpClient client, object site)
    {
        using var response = await client.PostAsJsonAsync("/api/appraisals", site);
        var body = await Requests.JsonOf(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("appraisal")
            .GetProperty("rules")
            .EnumerateArray()
            .Single(r => r.GetProperty("rule_id").GetString() == "R01")
            .GetProperty("outcome")
            .GetString()!;
    }
}
