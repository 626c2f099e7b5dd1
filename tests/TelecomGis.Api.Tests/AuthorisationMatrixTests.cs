using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Who may do what, as a table: every endpoint × every caller (anonymous, the owning carrier, another carrier, appraiser, planner,
/// admin) → the expected status. "{id}" is a batch Viettel submitted, "{decided}" one an appraiser decided; VNPT is the other carrier.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class AuthorisationMatrixTests(ApiServer server)
{
    private static readonly string[] Callers = ["anonymous", "Viettel", "VNPT", "appraiser", "planner", "admin"];

    /// <summary>Expected status per caller, in the order of <see cref="Callers"/>.</summary>
    private static readonly (string Method, string Path, string Body, int[] Expected)[] Table =
    [
        ("GET", "/api/layers", "", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/layers/communes?bbox=107.9,21.4,108.1,21.6", "", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/layers/sites", "", [401, 200, 200, 200, 200, 200]),
        ("GET", "/api/layers/restricted-areas", "", [401, 200, 200, 200, 200, 200]),
        // Each carrier its own routes only (FiberVisibilityTests), the department all of them.
        ("GET", "/api/layers/fiber-routes", "", [401, 200, 200, 200, 200, 200]),
        ("GET", "/api/tiles/communes/8/204/112.mvt", "", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/tiles/sites/8/204/112.mvt", "", [401, 200, 200, 200, 200, 200]),
        ("GET", "/api/tiles/fiber-routes/8/204/112.mvt", "", [401, 200, 200, 200, 200, 200]),
        ("GET", "/api/tiles/communes/3/9/0.mvt", "", [400, 400, 400, 400, 400, 400]),
        ("GET", "/api/map/settings", "", [200, 200, 200, 200, 200, 200]),
        ("POST", "/api/appraisals", "site", [401, 200, 200, 200, 200, 200]),
        ("POST", "/api/submissions", "own-site", [401, 201, 201, 403, 403, 403]),
        ("GET", "/api/submissions", "", [401, 200, 200, 200, 403, 200]),
        ("GET", "/api/submissions?status=pending", "", [401, 200, 200, 200, 403, 200]),
        ("GET", "/api/submissions/{id}", "", [401, 200, 404, 200, 403, 200]),
        ("GET", "/api/submissions/{id}/results.xlsx", "", [401, 200, 404, 200, 403, 200]),
        ("GET", "/api/submissions/template?format=xlsx", "", [200, 200, 200, 200, 200, 200]),
        ("POST", "/api/submissions/{id}/overrides", "override", [401, 403, 403, 201, 403, 201]),
        ("POST", "/api/submissions/{id}/decision", "decision", [401, 403, 403, 201, 403, 201]),
        // The desk: appraisers and admins only; "{decided}" has an issued letter, which its carrier may download.
        ("POST", "/api/submissions/{id}/rows/1/decision", "site-decision", [401, 403, 403, 201, 403, 201]),
        ("GET", "/api/submissions/{id}/rows/1/consultation-request?rule=R04", "", [401, 403, 403, 200, 403, 200]),
        ("POST", "/api/submissions/{id}/rows/1/consultations", "consultation", [401, 403, 403, 201, 403, 201]),
        ("POST", "/api/submissions/{decided}/issue", "issue", [401, 403, 403, 409, 403, 409]),
        ("POST", "/api/submissions/{id}/corrections", "correction", [401, 403, 403, 409, 403, 409]),
        ("GET", "/api/submissions/{decided}/letter?format=docx", "", [401, 200, 404, 200, 403, 200]),
        ("GET", "/api/submissions/{decided}/letter?format=pdf", "", [401, 200, 404, 200, 403, 200]),
        ("GET", "/api/plans", "", [401, 403, 403, 403, 200, 200]),
        ("GET", "/api/plans/{plan}", "", [401, 403, 403, 403, 200, 200]),
        ("POST", "/api/plans", "bundle", [401, 403, 403, 403, 200, 200]),
        ("GET", "/api/plans/{plan}/impact", "", [401, 403, 403, 200, 200, 200]),
        ("POST", "/api/plans/{plan}/activate", "", [401, 403, 403, 403, 200, 200]),
        ("POST", "/api/plans/{plan}/layers/post-offices", "layer-preview", [401, 403, 403, 403, 200, 200]),
        ("POST", "/api/auth/keys", "key", [401, 403, 403, 403, 403, 201]),
        ("GET", "/api/auth/me", "", [401, 200, 200, 200, 200, 200]),
        ("GET", "/ogc/collections", "", [200, 200, 200, 200, 200, 200]),
        ("GET", "/ogc/collections/communes/items?limit=5", "", [200, 200, 200, 200, 200, 200]),
        ("GET", "/ogc/collections/sites", "", [404, 404, 404, 404, 404, 404]),
        ("GET", "/ogc/collections/fiber-routes/items", "", [404, 404, 404, 404, 404, 404]),
        ("GET", "/openapi/v1.json", "", [200, 200, 200, 200, 200, 200]),
        ("POST", "/api/analysis/resilience", "hazard", [401, 403, 403, 200, 200, 200]),
        ("POST", "/api/analysis/resilience", "bad-hazard", [401, 403, 403, 400, 400, 400]),
        // The critical sites with their backup power: a planner's storm list (issue 11, 7).
        ("GET", "/api/analysis/critical-sites?format=csv", "", [401, 403, 403, 403, 200, 200]),
        ("GET", "/api/analysis/critical-sites?format=pdf", "", [401, 403, 403, 403, 400, 400]),
        // The register (issue 11): the department's roles read it, appraisers and admins record inspections.
        ("GET", "/api/register/structures?bbox=107.9,21.4,108.1,21.6", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/register/structures?bbox=nonsense", "", [401, 403, 403, 400, 400, 400]),
        ("GET", "/api/register/structures/QN-S00001", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/register/structures/NO-SUCH", "", [401, 403, 403, 404, 404, 404]),
        ("GET", "/api/register/counts", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/register/violations", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/register/structures?commune=06652&conformity=nonconforming", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/register/structures?commune=00000", "", [401, 403, 403, 404, 404, 404]),
        ("GET", "/api/register/nonconforming", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/register/nonconforming?format=csv", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/register/unpermitted", "", [401, 403, 403, 200, 200, 200]),
        ("POST", "/api/register/inspections", "inspection", [401, 403, 403, 201, 403, 201]),
        // Declarations: carriers upload and confirm their own, everyone signed in reads what is theirs; inspection files as inspections.
        ("GET", "/api/register/declarations", "", [401, 200, 200, 200, 200, 200]),
        ("POST", "/api/register/declarations", "declaration", [401, 201, 201, 403, 403, 403]),
        ("GET", "/api/register/declarations/999999", "", [401, 404, 404, 404, 404, 404]),
        ("POST", "/api/register/declarations/999999/confirm", "", [401, 404, 404, 403, 403, 403]),
        ("POST", "/api/register/inspections/999999/attachments", "attachment", [401, 403, 403, 404, 403, 404]),
        ("GET", "/api/register/attachments/999999", "", [401, 403, 403, 404, 404, 404]),
        // A structure's construction permit or exemption: the department's roles record it (issue 11, 3).
        ("POST", "/api/register/structures/QN-S00001/permits", "permit", [401, 403, 403, 201, 201, 201]),
        ("GET", "/api/register/structures?commune=06652&legal=lacking", "", [401, 403, 403, 200, 200, 200]),
        // The department's periodic report counts every carrier's dossiers: its own roles only (issue 13).
        ("GET", "/api/reports?period=2026-Q3&format=json", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/reports?period=2026-Q3&format=xlsx", "", [401, 403, 403, 200, 200, 200]),
        ("GET", "/api/reports?period=2026-Q5", "", [401, 403, 403, 400, 400, 400]),
    ];

    private const string LayerPreviewCsv =
        "id,name,kind,operator,commune_code,lon,lat\nBC-MC,Bưu cục Móng Cái,post_office,VNPost,06727,107.966,21.525\n";

    public static TheoryData<string, string, string, string, int> Cases()
    {
        var data = new TheoryData<string, string, string, string, int>();
        foreach (var (method, path, body, expected) in Table)
        {
            for (var i = 0; i < Callers.Length; i++)
                data.Add(method, path, body, Callers[i], expected[i]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachCallerGetsTheExpectedStatus(string method, string path, string body, string caller, int expected)
    {
        var id = await server.ViettelSubmissionAsync();
        var decided = await server.DecidedViettelSubmissionAsync();
        var plan = await server.PlanVersionAsync();
        using var client = server.Client(caller);
        using var request = new HttpRequestMessage(
            new HttpMethod(method),
            path.Replace("{id}", id.ToString(CultureInfo.InvariantCulture))
                .Replace("{decided}", decided.ToString(CultureInfo.InvariantCulture))
                .Replace("{plan}", plan)
        );
        request.Content = body switch
        {
            // Who is not a carrier names the carrier; a carrier's own key supplies it.
            "site" => JsonContent.Create(Requests.MongCai33mA2b(caller is "Viettel" or "VNPT" ? null : "Viettel")),
            "own-site" => JsonContent.Create(Requests.MongCai33mA2b(siteCode: $"M-{Guid.NewGuid():N}")),
            "override" => JsonContent.Create(
                new
                {
                    row = 1,
                    rule_id = "R04",
                    outcome = "pass",
                    reason = "Military command agreed in writing.",
                }
            ),
            "decision" => JsonContent.Create(new { outcome = "approved", reason = "Consultation answered; conforms." }),
            "site-decision" => JsonContent.Create(new { decision = "approve", reason = "Phù hợp quy hoạch." }),
            "consultation" => JsonContent.Create(
                new
                {
                    rule = "R04",
                    document_number = "125/BCH-TM",
                    date = "2025-01-06",
                    answer = "agrees",
                }
            ),
            "issue" => JsonContent.Create(new { }),
            "inspection" => JsonContent.Create(
                new
                {
                    structure_id = "QN-S00001",
                    inspected_on = "2026-10-05",
                    inspectors = (string[])["Nguyễn Văn An"],
                    findings = "Cột đúng hồ sơ.",
                    outcome = "compliant",
                }
            ),
            "correction" => JsonContent.Create(new { reason = "Sai tọa độ trạm." }),
            "permit" => JsonContent.Create(
                new
                {
                    kind = "permit",
                    permit_number = "125/GPXD",
                    permit_date = "2026-03-05",
                    issued_by = "Sở Xây dựng tỉnh Quảng Ninh",
                }
            ),
            "declaration" => new MultipartFormDataContent
            {
                {
                    new StringContent("Mã trạm,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Công nghệ\nKB-1,107.33,21.33,A2b,30,4G\n"),
                    "file",
                    "bao-cao.csv"
                },
            },
            "attachment" => new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "anh.jpg" } },
            "key" => JsonContent.Create(new { user_id = "new-planner", role = "planner" }),
            // The committed bundle, already imported at start: an import that changes nothing (200).
            "bundle" => BundleZips.Content(BundleZips.Committed),
            // A layer upload previewed: checked, nothing stored.
            "layer-preview" => new MultipartFormDataContent
            {
                { new StringContent(LayerPreviewCsv), "file", "buu-chinh.csv" },
                { new StringContent("true"), "preview" },
            },
            "hazard" => JsonContent.Create(new { hazard = Requests.MongCaiHazard, resolution_m = 2000 }),
            "bad-hazard" => JsonContent.Create(
                new
                {
                    hazard = new
                    {
                        type = "Polygon",
                        coordinates = (double[][][])
                            [
                                [
                                    [107.9, 21.5],
                                ],
                            ],
                    },
                }
            ),
            _ => null,
        };
        using var response = await client.SendAsync(request);
        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ACarrierListsOnlyItsOwnSubmissions()
    {
        await server.ViettelSubmissionAsync();
        using var vnpt = server.Client("VNPT");
        await Requests.SubmitAsync(vnpt, Requests.MongCai33mA2b(siteCode: "VNPT-1"));
        using var response = await vnpt.GetAsync("/api/submissions");
        var list = await Requests.JsonOf(response);
        Assert.NotEqual(0, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), s => Assert.Equal("VNPT", s.GetProperty("carrier").GetString()));
    }

    [Fact]
    public async Task AWrongKeyIsRefused_WithAProblem()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", "tgk_not-a-real-key");
        using var response = await client.GetAsync("/api/submissions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AKeyTheAdminIssues_Works_AndIsShownOnlyOnce()
    {
        using var admin = server.Client("admin");
        using var issued = await admin.PostAsJsonAsync(
            "/api/auth/keys",
            new
            {
                user_id = "mobifone-2",
                role = "carrier",
                carrier = "MobiFone",
            }
        );
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var key = (await Requests.JsonOf(issued)).GetProperty("key").GetString()!;

        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var me = await Requests.JsonOf(await client.GetAsync("/api/auth/me"));
        Assert.Equal("MobiFone", me.GetProperty("carrier").GetString());
        Assert.DoesNotContain(key, await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(server.StoreFile)!, "api-keys.json")));
    }
}
