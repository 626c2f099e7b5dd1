using System.Net;
using System.Text;
using MiniExcelLibs;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The upload template: anyone may download it, in .xlsx (header, example row, instructions sheet) or .csv (UTF-8 with BOM); a
/// carrier who uploads it unchanged gets a batch with the example row appraised. Uploads headed in Vietnamese are read, and a
/// batch whose every row is refused says in Vietnamese which row, which column and why.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class SubmissionTemplateTests(ApiServer server)
{
    [Theory]
    [InlineData("xlsx", "mau-danh-sach-tram.xlsx")]
    [InlineData("csv", "mau-danh-sach-tram.csv")]
    public async Task TheTemplate_UploadedUnchangedByACarrier_IsAcceptedWithItsExampleRowAppraised(string format, string fileName)
    {
        using var anonymous = server.Client();
        using var download = await anonymous.GetAsync($"/api/submissions/template?format={format}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(
            fileName,
            download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName
        );
        var bytes = await download.Content.ReadAsByteArrayAsync();

        using var carrier = server.Client("Viettel");
        using var upload = await carrier.PostAsync("/api/submissions", Requests.File(fileName, bytes));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var row = Assert.Single((await Requests.JsonOf(upload)).GetProperty("rows").EnumerateArray());
        Assert.Equal("QN-HLG-0125", row.GetProperty("site_code").GetString());
        Assert.NotEqual("rejected", row.GetProperty("verdict").GetString());
        Assert.NotEqual(0, row.GetProperty("appraisal").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task TheXlsxTemplate_HasTheVietnameseHeader_AnExampleRow_AndAnInstructionsSheetCoveringEveryColumn()
    {
        using var client = server.Client("appraiser");
        var bytes = await client.GetByteArrayAsync("/api/submissions/template?format=xlsx");
        using var stream = new MemoryStream(bytes);

        Assert.Equal(["Danh sách trạm", "Hướng dẫn"], MiniExcel.GetSheetNames(stream));
        var sites = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Danh sách trạm").Cast<IDictionary<string, object?>>().ToList();
        var example = Assert.Single(sites);
        Assert.Equal(["Nhà mạng", "Mã trạm", "Tên trạm"], example.Keys.Take(3));
        Assert.Contains("Kinh tuyến trục", example.Keys);
        Assert.Equal(30.0, Convert.ToDouble(example["Chiều cao cột (m)"], System.Globalization.CultureInfo.InvariantCulture));

        var guide = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().ToList();
        var described = guide.Select(g => g["Cột"]?.ToString()).ToHashSet();
        Assert.All(example.Keys, header => Assert.Contains(header, described));
        Assert.Contains(guide, g => g["Cột"]?.ToString() == "Hệ tọa độ" && g["Giá trị hợp lệ"]!.ToString()!.Contains("VN-2000"));
    }

    [Fact]
    public async Task TheCsvTemplate_StartsWithABom_SoExcelReadsItsDiacritics()
    {
        using var client = server.Client();
        var bytes = await client.GetByteArrayAsync("/api/submissions/template?format=csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Nhà mạng,Mã trạm,Tên trạm,Địa chỉ,Kinh độ,Vĩ độ", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownTemplateFormat_Is400InVietnamese()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/api/submissions/template?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Requests.JsonOf(response);
        Assert.Equal(
            "Định dạng tệp mẫu không hợp lệ: chọn xlsx hoặc csv.",
            problem.GetProperty("errors").GetProperty("format")[0].GetString()
        );
    }

    [Fact]
    public async Task ABatchWhoseEveryRowIsRefused_SaysTheRowTheColumnAndWhy_InVietnamese()
    {
        using var client = server.Client("Viettel");
        const string csv = "Mã trạm;Kinh độ;Vĩ độ;Loại cột;Chiều cao cột (m)\nQN-1;10x5,3;21,53;A2b;30\n";

        using var response = await client.PostAsync("/api/submissions", Requests.File("đợt 1.csv", csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Requests.JsonOf(response);
        var message = problem.GetProperty("errors").GetProperty("rows[1].lon")[0].GetString()!;
        Assert.StartsWith("Dòng 1, trường kinh độ: không đọc được \"10x5,3\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileMissingAColumn_Is400NamingTheFileAndTheColumnInVietnamese()
    {
        using var client = server.Client("Viettel");
        using var response = await client.PostAsync(
            "/api/submissions",
            Requests.File("thieu-cot.csv", "Nhà mạng,Mã trạm,Kinh độ,Vĩ độ,Chiều cao cột (m)\nViettel,A,107.97,21.53,30\n")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Requests.JsonOf(response);
        Assert.Equal(
            "Không đọc được tệp 'thieu-cot.csv': tệp thiếu cột Loại cột.",
            problem.GetProperty("errors").GetProperty("file")[0].GetString()
        );
    }
}
