using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace TelecomGis.Api.Tests;

/// <summary>
/// <c>GET /api/submissions/{id}/results.xlsx</c>: a batch's results as the workbook a carrier files away and an appraiser sorts,
/// read back with the OpenXML SDK as Excel would open it.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class SubmissionResultsWorkbookTests
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task ACarriersBatch_AsAWorkbook_InVietnamese_WithTheOverridesApplied_AndTheAreaNamedToTheDepartmentOnly()
    {
        // A server of its own: the override below changes the batch's verdict.
        await using var own = await ApiServer.StartAsync();
        using var viettel = own.Client("Viettel");
        using var appraiser = own.Client("appraiser");
        var id = await Requests.SubmitAsync(viettel, Requests.MongCai33mA2b(siteCode: "=HYPERLINK(\"http://x\")"));

        using (var response = await viettel.GetAsync($"/api/submissions/{id}/results.xlsx"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"ket-qua-tham-dinh-{id}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
            // One carrier's results: no browser or proxy keeps them.
            Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var (sheets, rows) = Read(bytes);
            Assert.Equal(["Kết quả thẩm định", "Thông tin"], sheets);
            Assert.Equal("Dòng", rows[0]["A"]);
            Assert.Equal("Kết quả thẩm định", rows[0]["F"]);
            Assert.Equal(2, rows.Count);
            Assert.Equal("1", rows[1]["A"]);
            Assert.Equal("Viettel", rows[1]["B"]);
            // Text that looks like a formula stays text: an inline string, no formula anywhere in the workbook.
            Assert.Equal("=HYPERLINK(\"http://x\")", rows[1]["C"]);
            Assert.Equal("107.97826", rows[1]["D"]);
            Assert.Equal("Cần xin ý kiến cơ quan có thẩm quyền", rows[1]["F"]);
            Assert.Equal("Khu vực quân sự, an ninh (R04)", rows[1]["G"]);
            // The carrier learns that the military command must be consulted, never which area.
            Assert.Contains("Bộ Chỉ huy Quân sự", rows[1]["H"], StringComparison.Ordinal);
            Assert.DoesNotContain("Hải Hòa", rows[1]["H"], StringComparison.Ordinal);
            var facts = Read(bytes, "Thông tin");
            Assert.StartsWith($"Hồ sơ số {id} của Viettel, nhận ngày ", facts.Single(f => f["A"] == "Danh sách trạm đề xuất")["B"]);
            Assert.Equal("1", facts.Single(f => f["A"] == "Cần xin ý kiến cơ quan có thẩm quyền")["B"]);
        }

        using (var response = await appraiser.GetAsync($"/api/submissions/{id}/results.xlsx"))
        {
            var rows = Read(await response.Content.ReadAsByteArrayAsync()).Rows;
            Assert.Contains("Hải Hòa", rows[1]["H"], StringComparison.Ordinal);
        }

        // The appraiser records the military command's written agreement: the workbook follows, as the map and the letter do.
        using (
            var overridden = await appraiser.PostAsJsonAsync(
                $"/api/submissions/{id}/overrides",
                new
                {
                    row = 1,
                    rule_id = "R04",
                    outcome = "pass",
                    reason = "Bộ Chỉ huy Quân sự tỉnh đã đồng ý bằng văn bản.",
                }
            )
        )
            Assert.Equal(HttpStatusCode.Created, overridden.StatusCode);
        var after = Read(await (await viettel.GetAsync($"/api/submissions/{id}/results.xlsx")).Content.ReadAsByteArrayAsync()).Rows;
        Assert.Equal("Phù hợp quy hoạch", after[1]["F"]);
        Assert.False(after[1].ContainsKey("G"));

        using var english = own.Client("Viettel", language: "en");
        using var en = await english.GetAsync($"/api/submissions/{id}/results.xlsx");
        Assert.Equal($"results-{id}.xlsx", en.Content.Headers.ContentDisposition?.FileNameStar);
        var (enSheets, enRows) = Read(await en.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Results", "About"], enSheets);
        Assert.Equal("row", enRows[0]["A"]);
        Assert.Equal("conforms", enRows[1]["F"]);

        // Another carrier's batch does not exist for VNPT.
        using var vnpt = own.Client("VNPT");
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/submissions/{id}/results.xlsx")).StatusCode);
    }

    /// <summary>The sheets' names, and the first sheet's rows (each cell's text by its column letter); the workbook is valid OpenXML.</summary>
    private static (List<string> Sheets, List<Dictionary<string, string>> Rows) Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        return (sheets, Read(xlsx, sheets[0]));
    }

    private static List<Dictionary<string, string>> Read(byte[] xlsx, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        Assert.Empty(part.Worksheet.Descendants<CellFormula>());
        return
        [
            .. part
                .Worksheet.Descendants<Row>()
                .Select(r =>
                    r.Elements<Cell>()
                        .ToDictionary(
                            c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]),
                            c => c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue!.Text
                        )
                ),
        ];
    }
}
