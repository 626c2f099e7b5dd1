using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace TelecomGis.Api.Tests;

/// <summary>The reply letter of a decided batch, downloaded and read back as a reader would: OpenXML for .docx, pdftotext for .pdf.</summary>
[Collection(SharedServer.Name)]
public sealed class LetterTests(ApiServer server)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task TheDocx_OpensAndNamesTheSite_AndItsVerdict()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        var id = await DecidedAsync(own, "LT-DOCX");
        using (var clerk = own.Client("appraiser"))
            await Requests.IssueAsync(clerk, id, $"{id}/SKHCN-BCVT");
        using var appraiser = own.Client("appraiser");
        using var response = await appraiser.GetAsync($"/api/submissions/{id}/letter?format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            $"cong-van-{id}.docx",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName
        );
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Trạm LT-DOCX:", text);
        Assert.Contains("Cần xin ý kiến", text);
        Assert.Contains($"{id}/SKHCN-BCVT", text);
        // One figure: the site's map.
        Assert.Single(document.MainDocumentPart.ImageParts);
    }

    [Fact]
    public async Task ThePdf_AskedForByAccept_HasTheVerdict_AndTheCarrierGetsItsOwn()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        var id = await DecidedAsync(own, "LT-PDF");
        using (var clerk = own.Client("appraiser"))
            await Requests.IssueAsync(clerk, id);
        using var viettel = own.Client("Viettel");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/submissions/{id}/letter");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        using var response = await viettel.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = Flowing(PdfText(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("LT-PDF", text);
        Assert.Contains("Kết quả thẩm định: Cần xin ý kiến", text);
    }

    [Fact]
    public async Task AnOverrideOfTheOnlyObjection_MakesTheLetterSayTheSiteConforms()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var viettel = own.Client("Viettel");
        var id = await Requests.SubmitAsync(viettel, Requests.MongCai33mA2b(siteCode: "LT-OVR"), Guid.NewGuid().ToString());
        using var appraiser = own.Client("appraiser");
        using (
            var o = await appraiser.PostAsJsonAsync(
                $"/api/submissions/{id}/overrides",
                new
                {
                    row = 1,
                    rule_id = "R04",
                    outcome = "pass",
                    reason = "The provincial military command agreed in writing.",
                }
            )
        )
            Assert.Equal(HttpStatusCode.Created, o.StatusCode);
        await Requests.DecideAsync(appraiser, id, "approved");

        using var response = await appraiser.GetAsync($"/api/submissions/{id}/letter?format=docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Kết quả thẩm định: Phù hợp quy hoạch.", text);
        Assert.DoesNotContain("Cần xin ý kiến cơ quan có thẩm quyền trước khi kết luận", text);
    }

    [Fact]
    public async Task EveryRowIsAnswered_ARejectedOneWithWhatIsMissing_AndTheCarrierIsAddressedByItsLegalName()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var viettel = own.Client("Viettel");
        var csv =
            "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id\n"
            + "Viettel,LT-ROWS,107.97826,21.53008,A2b,33,no,\n"
            + "Viettel,LT-BAD,107.97826,21.53008,A2b,abc,no,\n";
        using var uploaded = await viettel.PostAsync("/api/submissions", Requests.File("batch.csv", csv));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var id = (await Requests.JsonOf(uploaded)).GetProperty("submission").GetProperty("id").GetInt64();
        using var appraiser = own.Client("appraiser");
        await Requests.DecideAsync(appraiser, id, "approved");
        await Requests.IssueAsync(appraiser, id);

        using var response = await viettel.GetAsync($"/api/submissions/{id}/letter?format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Flowing(PdfText(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Kính gửi: Viettel Quảng Ninh – Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội.", text);
        Assert.Contains("Các vị trí cần xin ý kiến cơ quan có thẩm quyền", text);
        Assert.Contains("Hồ sơ trạm LT-BAD (dòng 2 của danh sách) chưa hợp lệ vì", text);
        // The sentence names the row already: the stored message's own "Dòng 2, " is left out.
        Assert.DoesNotContain("vì Dòng", text);
        Assert.Contains("Căn cứ Luật Viễn thông số 24/2023/QH15", text);
        Assert.DoesNotContain((await own.PlanVersionAsync())[..12], text);
        Assert.DoesNotContain("R04", text);
    }

    [Fact]
    public async Task AnUnissuedLetter_IsAConflictForTheCarrier_WithAProblem()
    {
        using var viettel = server.Client("Viettel");
        var id = await Requests.SubmitAsync(viettel, Requests.MongCai33mA2b(siteCode: "LT-PENDING"), Guid.NewGuid().ToString());
        using var response = await viettel.GetAsync($"/api/submissions/{id}/letter?format=pdf");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no issued letter", (await Requests.JsonOf(response)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("odt")]
    [InlineData("pdf%00")]
    public async Task AnUnknownFormat_IsABadRequest_NamingTheFormat(string format)
    {
        var id = await server.DecidedViettelSubmissionAsync();
        using var appraiser = server.Client("appraiser");
        using var response = await appraiser.GetAsync($"/api/submissions/{id}/letter?format={format}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty("format", out _));
    }

    private static async Task<long> DecidedAsync(ApiServer on, string siteCode)
    {
        using var viettel = on.Client("Viettel");
        var id = await Requests.SubmitAsync(viettel, Requests.MongCai33mA2b(siteCode: siteCode), Guid.NewGuid().ToString());
        using var appraiser = on.Client("appraiser");
        await Requests.DecideAsync(appraiser, id, "approved");
        return id;
    }

    /// <summary>The text with every run of white space (a justified paragraph's line breaks, page breaks) as one space.</summary>
    private static string Flowing(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The PDF's text as poppler reads it; a missing pdftotext fails the test (tools/test.sh installs poppler-utils).</summary>
    internal static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"api-letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "-enc", "UTF-8", path, "-" })
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            // pdftotext may hand back decomposed marks; compare in the letter's composed form.
            return text.Normalize(NormalizationForm.FormC);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
