using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The appraisal desk through the real service: the incoming document, a decision per site, issuing (register number, frozen bytes),
/// 409 after issue, corrections, and who may do each.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class DeskTests(ApiServer server)
{
    private static readonly string Today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<long> SubmitAsync(string siteCode, object? incoming = null) => SubmitAsync(server, siteCode, incoming);

    private static async Task<long> SubmitAsync(ApiServer on, string siteCode, object? incoming = null)
    {
        using var viettel = on.Client("Viettel");
        var site = new
        {
            site_code = siteCode,
            lon = 107.97826,
            lat = 21.53008,
            pole_class = "A2b",
            height_m = 33,
            camouflaged = false,
            incoming,
        };
        return await Requests.SubmitAsync(viettel, site, Guid.NewGuid().ToString());
    }

    private static async Task<HttpResponseMessage> DecideSiteAsync(HttpClient client, long id, object body, int row = 1) =>
        await client.PostAsJsonAsync($"/api/submissions/{id}/rows/{row}/decision", body);

    [Fact]
    public async Task ADossier_CarriesItsIncomingDocument_ReceivedAt_DueDate_AndStatusInWords()
    {
        var id = await SubmitAsync(
            "DK-IN",
            new
            {
                number = "1234/VTQN-KT",
                date = Today,
                signer = "Nguyễn Văn A, Giám đốc",
                subject = "V/v đề nghị thẩm định vị trí trạm BTS",
            }
        );
        using var appraiser = server.Client("appraiser");
        var s = (await Requests.JsonOf(await appraiser.GetAsync($"/api/submissions/{id}"))).GetProperty("submission");

        var incoming = s.GetProperty("incoming");
        Assert.Equal("1234/VTQN-KT", incoming.GetProperty("number").GetString());
        Assert.Equal(Today, incoming.GetProperty("date").GetString());
        Assert.Equal("Nguyễn Văn A, Giám đốc", incoming.GetProperty("signer").GetString());
        Assert.Equal("pending", s.GetProperty("status").GetString());
        Assert.Equal("Đang thẩm định", s.GetProperty("status_text").GetString());
        Assert.False(s.GetProperty("overdue").GetBoolean());
        var received = s.GetProperty("received_at").GetDateTimeOffset();
        var due = DateOnly.Parse(s.GetProperty("due_date").GetString()!, CultureInfo.InvariantCulture);
        // Seven working days: at least nine calendar days later (a weekend in between), and never the received day itself.
        Assert.InRange(due.DayNumber - DateOnly.FromDateTime(received.ToOffset(TimeSpan.FromHours(7)).DateTime).DayNumber, 9, 30);
        Assert.Empty(s.GetProperty("letters").EnumerateArray());

        using var english = server.Client("appraiser", "en");
        var listed = (await Requests.JsonOf(await english.GetAsync("/api/submissions?status=pending&limit=500")))
            .EnumerateArray()
            .Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal("Being appraised", listed.GetProperty("status_text").GetString());
        Assert.Equal("1234/VTQN-KT", listed.GetProperty("incoming").GetProperty("number").GetString());

        // Without one, incoming is null (present, not left out).
        var without = await SubmitAsync("DK-NOIN");
        var w = (await Requests.JsonOf(await appraiser.GetAsync($"/api/submissions/{without}"))).GetProperty("submission");
        Assert.Equal(JsonValueKind.Null, w.GetProperty("incoming").ValueKind);
    }

    [Fact]
    public async Task TheQueue_IsInDueDateOrder()
    {
        await SubmitAsync("DK-Q1");
        await SubmitAsync("DK-Q2");
        using var appraiser = server.Client("appraiser");
        var dues = (await Requests.JsonOf(await appraiser.GetAsync("/api/submissions?status=pending&limit=500")))
            .EnumerateArray()
            .Select(i => i.GetProperty("due_date").GetString()!)
            .ToList();
        Assert.True(dues.Count >= 2);
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
    }

    [Theory]
    [InlineData("{\"number\":\"\",\"date\":\"2026-01-05\"}", "incoming.number")]
    [InlineData("{\"number\":\"123456789012345678901234567890123456789012345678901\",\"date\":\"2026-01-05\"}", "incoming.number")]
    [InlineData("{\"number\":\"12/VT\",\"date\":\"05/01/2026\"}", "incoming.date")]
    [InlineData("{\"number\":\"12/VT\",\"date\":\"2999-01-01\"}", "incoming.date")]
    public async Task AnInvalidIncomingDocument_IsA400NamingTheField(string incoming, string field)
    {
        using var viettel = server.Client("Viettel");
        var body =
            "{\"site_code\":\"DK-BAD\",\"lon\":107.97826,\"lat\":21.53008,\"pole_class\":\"A2b\",\"height_m\":33,\"incoming\":"
            + incoming
            + "}";
        using var response = await viettel.PostAsync(
            "/api/submissions",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task AMultipartBatch_CarriesTheIncomingDocumentFields_AndRefusesAFutureDate()
    {
        using var viettel = server.Client("Viettel");
        const string Csv = "carrier,site_code,lon,lat,pole_class,height_m,camouflaged\nViettel,DK-MP,107.97826,21.53008,A2b,33,no\n";
        using var form = Requests.File("batch.csv", Csv + "\n");
        form.Add(new StringContent("77/VTQN"), "incomingNumber");
        form.Add(new StringContent(Today), "incomingDate");
        form.Add(new StringContent("V/v thẩm định"), "incomingSubject");
        using var created = await viettel.PostAsync("/api/submissions", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var incoming = (await Requests.JsonOf(created)).GetProperty("submission").GetProperty("incoming");
        Assert.Equal("77/VTQN", incoming.GetProperty("number").GetString());
        Assert.Equal("V/v thẩm định", incoming.GetProperty("subject").GetString());

        using var future = Requests.File("batch.csv", Csv);
        future.Add(new StringContent("78/VTQN"), "incomingNumber");
        future.Add(new StringContent("2999-12-31"), "incomingDate");
        using var refused = await viettel.PostAsync("/api/submissions", future);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await Requests.JsonOf(refused)).GetProperty("errors").TryGetProperty("incomingDate", out _));
    }

    [Fact]
    public async Task ADecisionPerSite_DecidesTheDossier_AndShowsOnItsRow()
    {
        var id = await SubmitAsync("DK-SITE");
        using var appraiser = server.Client("appraiser");
        using (var r = await DecideSiteAsync(appraiser, id, new { decision = "refuse", reason = "Quá gần trạm hiện có." }))
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        using (
            var r = await DecideSiteAsync(
                appraiser,
                id,
                new { decision = "approve_with_conditions", conditions = "Ngụy trang cột theo mẫu của Sở." }
            )
        )
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);

        var detail = await Requests.JsonOf(await appraiser.GetAsync($"/api/submissions/{id}"));
        Assert.Equal("decided", detail.GetProperty("submission").GetProperty("status").GetString());
        var decision = detail.GetProperty("rows")[0].GetProperty("decision");
        // The latest stands.
        Assert.Equal("approve_with_conditions", decision.GetProperty("decision").GetString());
        Assert.Equal("Ngụy trang cột theo mẫu của Sở.", decision.GetProperty("conditions").GetString());
        Assert.False(string.IsNullOrEmpty(decision.GetProperty("decided_by").GetString()));
        var listed = (await Requests.JsonOf(await appraiser.GetAsync("/api/submissions?status=decided&limit=500"))).EnumerateArray();
        Assert.Contains(listed, i => i.GetProperty("id").GetInt64() == id);
    }

    [Theory]
    [InlineData("{\"decision\":\"maybe\"}", "decision")]
    [InlineData("{\"decision\":\"refuse\"}", "reason")]
    [InlineData("{\"decision\":\"approve_with_conditions\",\"reason\":\"ok\"}", "conditions")]
    public async Task AnInvalidSiteDecision_IsA400NamingTheField(string body, string field)
    {
        var id = await server.ViettelSubmissionAsync();
        using var appraiser = server.Client("appraiser");
        using var response = await appraiser.PostAsync(
            $"/api/submissions/{id}/rows/1/decision",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task ARowThatDoesNotExist_IsA404()
    {
        var id = await SubmitAsync("DK-NOROW");
        using var appraiser = server.Client("appraiser");
        using var response = await DecideSiteAsync(appraiser, id, new { decision = "approve" }, row: 9);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Carriers_MayNotDecideIssueOrCorrect_AndSeeNoOneElsesLetter()
    {
        var id = await SubmitAsync("DK-AUTH");
        using var viettel = server.Client("Viettel");
        using var vnpt = server.Client("VNPT");
        foreach (var client in new[] { viettel, vnpt })
        {
            using (var r = await DecideSiteAsync(client, id, new { decision = "approve" }))
                Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            using (var r = await client.PostAsJsonAsync($"/api/submissions/{id}/issue", new { }))
                Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            using (var r = await client.PostAsJsonAsync($"/api/submissions/{id}/corrections", new { reason = "Sai số liệu" }))
                Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }
        using var appraiser = server.Client("appraiser");
        using (var r = await DecideSiteAsync(appraiser, id, new { decision = "approve" }))
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        await Requests.IssueAsync(appraiser, id);
        using (var r = await vnpt.GetAsync($"/api/submissions/{id}/letter?format=pdf"))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await vnpt.GetAsync($"/api/submissions/{id}"))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await viettel.GetAsync($"/api/submissions/{id}/letter?format=pdf"))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task BeforeIssue_TheCarrierGets409_AndTheAppraiserADraftWithoutANumber()
    {
        var id = await SubmitAsync("DK-DRAFT");
        using var viettel = server.Client("Viettel");
        using (var r = await viettel.GetAsync($"/api/submissions/{id}/letter?format=docx"))
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        using var appraiser = server.Client("appraiser");
        using var draft = await appraiser.GetAsync($"/api/submissions/{id}/letter?format=docx");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var text = DocxText(await draft.Content.ReadAsByteArrayAsync());
        Assert.Contains("DK-DRAFT", text);
        Assert.Contains("Số:      /SKHCN-BCVT", text);
    }

    [Fact]
    public async Task IssuingAnUndecidedDossier_IsA409()
    {
        var id = await SubmitAsync("DK-UNDECIDED");
        using var appraiser = server.Client("appraiser");
        using var response = await appraiser.PostAsJsonAsync($"/api/submissions/{id}/issue", new { });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Issuing_FreezesTheLetter_ByteForByte_AndEveryChangeAfterIsA409_UntilACorrection()
    {
        var id = await SubmitAsync("DK-FROZEN");
        using var appraiser = server.Client("appraiser");
        using (var r = await DecideSiteAsync(appraiser, id, new { decision = "approve", reason = "Phù hợp quy hoạch." }))
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var issued = await Requests.IssueAsync(appraiser, id);
        var number = issued.GetProperty("number").GetString()!;
        Assert.Matches(@"^\d{2,}/SKHCN-BCVT$", number);
        Assert.Equal(JsonValueKind.Null, issued.GetProperty("replaces").ValueKind);

        var first = await (await appraiser.GetAsync($"/api/submissions/{id}/letter?format=pdf")).Content.ReadAsByteArrayAsync();
        var second = await (await appraiser.GetAsync($"/api/submissions/{id}/letter?format=pdf")).Content.ReadAsByteArrayAsync();
        using var viettel = server.Client("Viettel");
        var carriers = await (await viettel.GetAsync($"/api/submissions/{id}/letter?format=pdf")).Content.ReadAsByteArrayAsync();
        Assert.Equal(first, second);
        Assert.Equal(first, carriers);
        Assert.Equal(issued.GetProperty("pdf_sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(first)));
        var docx = await (await viettel.GetAsync($"/api/submissions/{id}/letter?format=docx")).Content.ReadAsByteArrayAsync();
        Assert.Equal(issued.GetProperty("docx_sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(docx)));
        Assert.Contains($"Số: {number}", DocxText(docx));
        // The frozen letter goes to the carrier: the site stands in a military area, which it must neither name nor identify.
        var pdfText = LetterTests.PdfText(first);
        Assert.Contains("DK-FROZEN", pdfText);
        Assert.DoesNotContain("R-MIL", pdfText);
        Assert.DoesNotContain("Hải Hòa", pdfText);
        Assert.DoesNotContain("R-MIL", DocxText(docx));
        Assert.DoesNotContain("Hải Hòa", DocxText(docx));

        var detail = (await Requests.JsonOf(await viettel.GetAsync($"/api/submissions/{id}"))).GetProperty("submission");
        Assert.Equal("issued", detail.GetProperty("status").GetString());
        Assert.Equal(number, detail.GetProperty("letters")[0].GetProperty("number").GetString());

        // After issue: every change is refused with a problem in Vietnamese.
        var changes = new (string Path, object Body)[]
        {
            ($"/api/submissions/{id}/rows/1/decision", new { decision = "refuse", reason = "Đổi ý sau khi ban hành" }),
            (
                $"/api/submissions/{id}/overrides",
                new
                {
                    row = 1,
                    rule_id = "R04",
                    outcome = "pass",
                    reason = "Đã có ý kiến",
                }
            ),
            ($"/api/submissions/{id}/decision", new { outcome = "refused", reason = "Đổi ý sau khi ban hành" }),
            ($"/api/submissions/{id}/issue", new { }),
            (
                $"/api/submissions/{id}/rows/1/consultations",
                new
                {
                    rule = "R04",
                    document_number = "12/BCH-TM",
                    date = Today,
                    answer = "agrees",
                }
            ),
        };
        foreach (var (path, body) in changes)
        {
            using var refused = await appraiser.PostAsJsonAsync(path, body);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("Công văn số", (await Requests.JsonOf(refused)).GetProperty("detail").GetString());
        }
        Assert.Equal(first, await (await viettel.GetAsync($"/api/submissions/{id}/letter?format=pdf")).Content.ReadAsByteArrayAsync());

        // A correction reopens it; the next letter names the one it replaces.
        using (var bad = await appraiser.PostAsJsonAsync($"/api/submissions/{id}/corrections", new { reason = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await Requests.JsonOf(bad)).GetProperty("errors").TryGetProperty("reason", out _));
        }
        using (var c = await appraiser.PostAsJsonAsync($"/api/submissions/{id}/corrections", new { reason = "Sai tọa độ trạm." }))
            Assert.Equal(HttpStatusCode.Created, c.StatusCode);
        using (var again = await appraiser.PostAsJsonAsync($"/api/submissions/{id}/corrections", new { reason = "Lần thứ hai." }))
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        // While it is open the carrier keeps the issued letter.
        Assert.Equal(first, await (await viettel.GetAsync($"/api/submissions/{id}/letter?format=pdf")).Content.ReadAsByteArrayAsync());
        using (var r = await DecideSiteAsync(appraiser, id, new { decision = "refuse", reason = "Vị trí nằm trong hành lang an toàn." }))
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var corrected = await Requests.IssueAsync(appraiser, id);
        Assert.Equal(number, corrected.GetProperty("replaces").GetString());
        var newDocx = await (await viettel.GetAsync($"/api/submissions/{id}/letter?format=docx")).Content.ReadAsByteArrayAsync();
        Assert.Equal(corrected.GetProperty("docx_sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(newDocx)));
        Assert.Contains($"thay thế Công văn số {number} ngày", DocxText(newDocx));
        var letters = (await Requests.JsonOf(await viettel.GetAsync($"/api/submissions/{id}")))
            .GetProperty("submission")
            .GetProperty("letters");
        Assert.Equal(2, letters.GetArrayLength());
        Assert.Equal(number, letters[1].GetProperty("replaces").GetString());
    }

    [Fact]
    public async Task TheRegister_GivesTheNextNumberAfterTheClerks_AndRefusesANumberTwice()
    {
        using var appraiser = server.Client("appraiser");
        var a = await SubmitAsync("DK-REG-A");
        var b = await SubmitAsync("DK-REG-B");
        foreach (var id in new[] { a, b })
            using (var r = await DecideSiteAsync(appraiser, id, new { decision = "approve" }))
                Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        // A number well past any other test's, so the next one is known.
        var seq = 9000 + Random.Shared.Next(900);
        var clerks = await Requests.IssueAsync(appraiser, a, $"{seq}/SKHCN-BCVT");
        Assert.Equal($"{seq}/SKHCN-BCVT", clerks.GetProperty("number").GetString());

        using (var taken = await appraiser.PostAsJsonAsync($"/api/submissions/{b}/issue", new { register_number = $"{seq}/SKHCN-BCVT" }))
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        using (var tooLong = await appraiser.PostAsJsonAsync($"/api/submissions/{b}/issue", new { register_number = new string('9', 51) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
            Assert.True((await Requests.JsonOf(tooLong)).GetProperty("errors").TryGetProperty("register_number", out _));
        }
        var next = await Requests.IssueAsync(appraiser, b);
        Assert.Equal($"{seq + 1}/SKHCN-BCVT", next.GetProperty("number").GetString());
    }

    [Fact]
    public async Task AConsultationRequest_IsADocxToTheAuthorityTheRuleNames_ForAppraisersOnly()
    {
        var id = await SubmitAsync("DK-CONSULT-REQ");
        using var appraiser = server.Client("appraiser");
        using var response = await appraiser.GetAsync($"/api/submissions/{id}/rows/1/consultation-request?rule=R04");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            response.Content.Headers.ContentType?.MediaType
        );
        var text = DocxText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("V/v xin ý kiến về vị trí trạm BTS DK-CONSULT-REQ của Viettel", text);
        Assert.Contains("Kính gửi: Bộ Chỉ huy Quân sự tỉnh Quảng Ninh.", text);
        Assert.Contains("Tọa độ VN-2000", text);
        Assert.Contains("Tọa độ WGS 84: vĩ độ 21,530080°, kinh độ 107,978260°", text);
        Assert.Contains("cột ăng ten loại A2b, cao 33 m", text);
        Assert.Contains("Số:      /SKHCN-BCVT", text);

        using var r10 = await appraiser.GetAsync($"/api/submissions/{id}/rows/1/consultation-request?rule=R10");
        Assert.Equal(HttpStatusCode.OK, r10.StatusCode);
        Assert.Contains("Cục Hàng không Việt Nam", DocxText(await r10.Content.ReadAsByteArrayAsync()));

        using (var unknown = await appraiser.GetAsync($"/api/submissions/{id}/rows/1/consultation-request?rule=R09"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.True((await Requests.JsonOf(unknown)).GetProperty("errors").TryGetProperty("rule", out _));
        }
        using (var noRow = await appraiser.GetAsync($"/api/submissions/{id}/rows/5/consultation-request?rule=R04"))
            Assert.Equal(HttpStatusCode.NotFound, noRow.StatusCode);
        using var viettel = server.Client("Viettel");
        using (var carrier = await viettel.GetAsync($"/api/submissions/{id}/rows/1/consultation-request?rule=R04"))
            Assert.Equal(HttpStatusCode.Forbidden, carrier.StatusCode);
        using (var carrier = await viettel.PostAsJsonAsync($"/api/submissions/{id}/rows/1/consultations", new { rule = "R04" }))
            Assert.Equal(HttpStatusCode.Forbidden, carrier.StatusCode);
    }

    [Fact]
    public async Task ARecordedAnswer_SettlesTheRule_TheLatestStanding()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        var id = await SubmitAsync(own, "DK-CONSULT");
        using var appraiser = own.Client("appraiser");
        var before = (await Requests.JsonOf(await appraiser.GetAsync($"/api/submissions/{id}"))).GetProperty("rows")[0];
        Assert.Equal("needs_consultation", before.GetProperty("verdict").GetString());

        using (
            var agrees = await appraiser.PostAsJsonAsync(
                $"/api/submissions/{id}/rows/1/consultations",
                new
                {
                    rule = "R04",
                    document_number = "125/BCH-TM",
                    date = Today,
                    answer = "agrees",
                }
            )
        )
            Assert.Equal(HttpStatusCode.Created, agrees.StatusCode);
        var row = (await Requests.JsonOf(await appraiser.GetAsync($"/api/submissions/{id}"))).GetProperty("rows")[0];
        Assert.Equal("conforms", row.GetProperty("verdict").GetString());
        var consultation = row.GetProperty("consultations")[0];
        Assert.Equal("R04", consultation.GetProperty("rule").GetString());
        Assert.Equal("Bộ Chỉ huy Quân sự tỉnh Quảng Ninh", consultation.GetProperty("authority").GetString());
        Assert.Equal("125/BCH-TM", consultation.GetProperty("document_number").GetString());
        Assert.Equal(Today, consultation.GetProperty("date").GetString());
        Assert.Equal("agrees", consultation.GetProperty("answer").GetString());
        var r04 = row.GetProperty("appraisal")
            .GetProperty("rules")
            .EnumerateArray()
            .Single(r => r.GetProperty("rule_id").GetString() == "R04");
        Assert.Equal("pass", r04.GetProperty("outcome").GetString());

        using (
            var objects = await appraiser.PostAsJsonAsync(
                $"/api/submissions/{id}/rows/1/consultations",
                new
                {
                    rule = "R04",
                    document_number = "130/BCH-TM",
                    date = Today,
                    answer = "objects",
                }
            )
        )
            Assert.Equal(HttpStatusCode.Created, objects.StatusCode);
        row = (await Requests.JsonOf(await appraiser.GetAsync($"/api/submissions/{id}"))).GetProperty("rows")[0];
        Assert.Equal("does_not_conform", row.GetProperty("verdict").GetString());
        Assert.Equal(2, row.GetProperty("consultations").GetArrayLength());
    }

    [Fact]
    public async Task AConsultationAnsweredWithConditions_GivesTheSiteThoseConditions_InTheLetter_CitingTheIncomingDocument()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        // An incoming document without signer or subject: the opening cites its number and date only.
        var id = await SubmitAsync(own, "DK-COND", new { number = "77/VTQN-KT", date = Today });
        using var appraiser = own.Client("appraiser");
        using (
            var answer = await appraiser.PostAsJsonAsync(
                $"/api/submissions/{id}/rows/1/consultations",
                new
                {
                    rule = "R04",
                    document_number = "140/BCH-TM",
                    date = Today,
                    answer = "conditions",
                    conditions = "Cột ăng ten sơn màu ngụy trang và không chiếu sáng về phía khu vực quân sự.",
                }
            )
        )
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);

        // No per-site decision: the draft answers the site as approved with the authority's conditions.
        using var draft = await appraiser.GetAsync($"/api/submissions/{id}/letter?format=docx");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var text = DocxText(await draft.Content.ReadAsByteArrayAsync());
        Assert.Contains("Các vị trí Sở thống nhất có điều kiện", text);
        Assert.Contains(
            "Ý kiến của Sở: thống nhất với điều kiện: cột ăng ten sơn màu ngụy trang và không chiếu sáng về phía khu vực quân sự.",
            text
        );
        var day = DateOnly
            .ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"nhận được Công văn số 77/VTQN-KT ngày {day} của Viettel Quảng Ninh", text);
        Assert.DoesNotContain("về việc", text);
        Assert.DoesNotContain("người ký", text);
        Assert.Contains($"Sở nhận hồ sơ ngày {day}", text);
        Assert.DoesNotContain("R-MIL", text);

        // The appraiser's own decision stands over it.
        using (var r = await DecideSiteAsync(appraiser, id, new { decision = "refuse", reason = "Vị trí nằm trong hành lang an toàn." }))
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        using var refused = await appraiser.GetAsync($"/api/submissions/{id}/letter?format=docx");
        var after = DocxText(await refused.Content.ReadAsByteArrayAsync());
        Assert.Contains("Ý kiến của Sở: không thống nhất, vì vị trí nằm trong hành lang an toàn.", after);
        Assert.DoesNotContain("thống nhất với điều kiện", after);
    }

    [Theory]
    [InlineData("{\"rule\":\"R04\",\"document_number\":\"1/BCH\",\"date\":\"2026-01-05\",\"answer\":\"conditions\"}", "conditions")]
    [InlineData("{\"rule\":\"R04\",\"document_number\":\"1/BCH\",\"date\":\"2999-01-05\",\"answer\":\"agrees\"}", "date")]
    [InlineData("{\"rule\":\"R04\",\"document_number\":\"\",\"date\":\"2026-01-05\",\"answer\":\"agrees\"}", "document_number")]
    [InlineData("{\"rule\":\"R04\",\"document_number\":\"1/BCH\",\"date\":\"2026-01-05\",\"answer\":\"maybe\"}", "answer")]
    [InlineData("{\"rule\":\"R02\",\"document_number\":\"1/BCH\",\"date\":\"2026-01-05\",\"answer\":\"agrees\"}", "rule")]
    public async Task AnInvalidConsultation_IsA400NamingTheField(string body, string field)
    {
        var id = await server.ViettelSubmissionAsync();
        using var appraiser = server.Client("appraiser");
        using var response = await appraiser.PostAsync(
            $"/api/submissions/{id}/rows/1/consultations",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
