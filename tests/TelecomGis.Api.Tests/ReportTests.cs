using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TelecomGis.Api.Tests;

/// <summary>GET /api/reports: the department's periodic report from the service's own store, as JSON, .xlsx and .docx.</summary>
[Collection(SharedServer.Name)]
public sealed class ReportTests(ApiServer server)
{
    private static readonly string ThisYear = DateTime.UtcNow.AddHours(7).Year.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheJsonCountsADossierJustReceived_InTheYearsAppraisalTable()
    {
        using var appraiser = server.Client("appraiser");
        var before = await ReceivedAsync(appraiser);
        using (var carrier = server.Client("VNPT"))
            await Requests.SubmitAsync(carrier, Requests.MongCai33mA2b("VNPT", $"RP-{Guid.NewGuid():N}"[..12]));
        Assert.Equal(before + 1, await ReceivedAsync(appraiser));
    }

    [Fact]
    public async Task TheWorkbookHasASheetPerTableWithTheDepartmentsColumns_AndTheNotes()
    {
        using var planner = server.Client("planner");
        using var response = await planner.GetAsync($"/api/reports?period={ThisYear}-H1&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $"bao-cao-{ThisYear}-H1.xlsx",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName
        );
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal("1. Kết quả thẩm định vị trí", sheets[0]);
        Assert.All(sheets, s => Assert.True(s.Length <= 31, s));
        Assert.Equal("Ghi chú", sheets[^1]);
        var first = (WorksheetPart)workbook.WorkbookPart.GetPartById(workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var text = first.Worksheet.InnerText;
        foreach (var column in new[] { "TT", "Chỉ tiêu", "Đơn vị", "Kỳ báo cáo", "Cùng kỳ năm trước", "So sánh %" })
            Assert.Contains(column, text);
    }

    [Fact]
    public async Task TheDocxIsTheTelecomSectionWithItsSentences()
    {
        using var admin = server.Client("admin");
        using var response = await admin.GetAsync($"/api/reports?period={ThisYear}&format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains($"Trong năm {ThisYear}, Sở đã tiếp nhận", text);
        Assert.Contains("Chưa có dữ liệu", text);
    }

    [Theory]
    [InlineData("period=2026-Q5", "Kỳ báo cáo phải là quý (2026-Q3), 6 tháng (2026-H1), 9 tháng (2026-9M) hoặc năm (2026).")]
    [InlineData("period=2026&format=pdf", "Định dạng phải là xlsx, docx hoặc json.")]
    [InlineData("format=json", "Kỳ báo cáo phải là quý (2026-Q3), 6 tháng (2026-H1), 9 tháng (2026-9M) hoặc năm (2026).")]
    public async Task ABadPeriodOrFormatIsA400ProblemInVietnamese(string query, string vi)
    {
        using var appraiser = server.Client("appraiser");
        using var response = await appraiser.GetAsync($"/api/reports?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await Requests.JsonOf(response);
        Assert.Contains(body.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message_vi").GetString() == vi);
    }

    /// <summary>As the CLI: a year not yet begun has no figures (400, in Vietnamese); this year's are provisional up to today.</summary>
    [Fact]
    public async Task AYearNotBegunIsRefused_AndThisYearIsProvisionalUpToToday()
    {
        using var planner = server.Client("planner");
        var next = int.Parse(ThisYear, CultureInfo.InvariantCulture) + 1;
        using var future = await planner.GetAsync($"/api/reports?period={next}");
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains((await Requests.JsonOf(future)).GetProperty("problems").EnumerateArray(), p =>
            p.GetProperty("message_vi").GetString() == $"Năm {next} chưa bắt đầu (từ ngày 01/01/{next}), chưa có số liệu nào để báo cáo."
        );

        var report = await Requests.JsonOf(await planner.GetAsync($"/api/reports?period={ThisYear}"));
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(report.GetProperty("provisional").GetBoolean() || today == $"{ThisYear}-12-31");
        Assert.Equal(today, report.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task AfterACoverageRun_TheCoverageTableHasEachTechnologysShares()
    {
        using var planner = server.Client("planner");
        var start = await planner.PostAsJsonAsync("/api/analysis/coverage", new { resolution_m = 2000, communes_on = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var location = start.Headers.Location!.ToString();
        for (var i = 0; i < 240; i++)
        {
            var state = (await Requests.JsonOf(await planner.GetAsync(location))).GetProperty("state").GetString();
            if (state == "finished")
                break;
            Assert.True(state == "running", state);
            await Task.Delay(250);
        }
        using var response = await planner.GetAsync($"/api/reports?period={ThisYear}&format=json");
        var json = await Requests.JsonOf(response);
        var coverage = json.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "vung-phu-song");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, coverage.GetProperty("noDataVi").ValueKind);
        var lines = coverage.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("key").GetString()!);
        var people = lines["coverage:4G:population"].GetProperty("current").GetDouble();
        Assert.InRange(people, 0.01, 100);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lines["coverage:4G:population"].GetProperty("yearEarlier").ValueKind);
        Assert.Contains("lưới 2000 m", coverage.GetProperty("sourceVi").GetString());
    }

    private static async Task<double> ReceivedAsync(HttpClient client)
    {
        using var response = await client.GetAsync($"/api/reports?period={ThisYear}&format=json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Requests.JsonOf(response);
        var table = json.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "tham-dinh");
        return table
            .GetProperty("lines")
            .EnumerateArray()
            .Single(l => l.GetProperty("key").GetString() == "received")
            .GetProperty("current")
            .GetDouble();
    }
}
