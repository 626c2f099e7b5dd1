using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Register;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Stores;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The register's lists (issue 11, 3 and 8) on a server of its own, whose register is the bundle's sites imported on the first run:
/// the non-conforming list against the committed plan held by the core directly, structures by commune with the map's filters,
/// one structure's conformity, the unpermitted list.
/// </summary>
public sealed class RegisterListsTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly Lazy<ProvincePlan> Plan = new(() => PlanBundleReader.Read(TestPaths.CommittedBundle));

    private static PlanIndex Index => new(Plan.Value, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>The bundle's sites held against the committed plan by the core, as the register imported them.</summary>
    private static readonly Lazy<IReadOnlyList<StructureConformity>> Expected = new(() =>
        new ConformityCheck(Index).CheckAll(Plan.Value.Sites)
    );

    private Task<JsonElement> GetAsync(string path, string who = "appraiser") => GetAsync(server, path, who);

    private static async Task<JsonElement> GetAsync(ApiServer server, string path, string who = "appraiser")
    {
        using var client = server.Client(who);
        using var response = await client.GetAsync(path);
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        return await Requests.JsonOf(response);
    }

    /// <summary>A group's deadline; the service leaves a null out.</summary>
    private static string? Deadline(JsonElement group) =>
        group.TryGetProperty("deadline", out var d) && d.ValueKind != JsonValueKind.Null ? d.GetString() : null;

    [Fact]
    public async Task TheNonconformingList_HoldsEveryStructureAgainstThePlan_ByRuleAndDeadline_WithVietnameseReasons()
    {
        var expected = Expected.Value;
        var list = await GetAsync("/api/register/nonconforming");
        Assert.Equal(expected.Count(e => e.Judged), list.GetProperty("held").GetInt32());
        var nonconforming = expected.Where(e => e.Judged && !e.Conforms).ToList();
        Assert.NotEmpty(nonconforming);
        Assert.Equal(nonconforming.Count, list.GetProperty("nonconforming").GetInt32());

        // Every (structure, failing rule) the core finds is listed under its rule and deadline, and nothing else is.
        var listed = new List<(string Rule, string Id, string? Deadline, string Message)>();
        foreach (var g in list.GetProperty("groups").EnumerateArray())
        foreach (var s in g.GetProperty("structures").EnumerateArray())
            listed.Add(
                (
                    g.GetProperty("rule_id").GetString()!,
                    s.GetProperty("id").GetString()!,
                    Deadline(g),
                    s.GetProperty("message_vi").GetString()!
                )
            );
        var wanted = nonconforming
            .SelectMany(e =>
                e.Failures.Select(f =>
                    (
                        f.RuleId,
                        e.SiteId,
                        f.Deadline?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        f.Rule.MessageVi
                    )
                )
            )
            .OrderBy(x => x.RuleId)
            .ThenBy(x => x.SiteId)
            .ToList();
        Assert.Equal(wanted, listed.OrderBy(x => x.Rule).ThenBy(x => x.Id).ToList());

        // The plan's roadmap: camouflage by the end of 2027, renovation or relocation by the end of 2030 (rules.csv, ROADMAP).
        foreach (var g in list.GetProperty("groups").EnumerateArray())
        {
            var rule = g.GetProperty("rule_id").GetString();
            var deadline = Deadline(g);
            switch (rule)
            {
                case "R06":
                    Assert.Equal("2027-12-31", deadline);
                    Assert.StartsWith("ngụy trang", g.GetProperty("remedy_vi").GetString());
                    break;
                case "R03" or "R05" or "R07":
                    Assert.Equal("2030-12-31", deadline);
                    Assert.Equal("cải tạo hoặc di dời", g.GetProperty("remedy_vi").GetString());
                    break;
                default:
                    Assert.Equal("R10", rule);
                    Assert.Null(deadline);
                    break;
            }
            Assert.Equal(g.GetProperty("count").GetInt32(), g.GetProperty("structures").GetArrayLength());
        }

        // Nearest deadline first, those without one last; ?sort=rule orders by rule.
        var deadlines = list.GetProperty("groups").EnumerateArray().Select(g => Deadline(g) ?? "9999").ToList();
        Assert.Equal(deadlines.Order(StringComparer.Ordinal), deadlines);
        var byRule = await GetAsync("/api/register/nonconforming?sort=rule");
        var rules = byRule.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("rule_id").GetString()!).ToList();
        Assert.Equal(rules.Order(StringComparer.Ordinal), rules);
        Assert.DoesNotContain("R04", rules);
        var one = await GetAsync($"/api/register/nonconforming?rule={rules[0].ToLowerInvariant()}");
        Assert.All(one.GetProperty("groups").EnumerateArray(), g => Assert.Equal(rules[0], g.GetProperty("rule_id").GetString()));
    }

    [Fact]
    public async Task TheNonconformingList_AsCsv_HasVietnameseHeaders_AndALinePerStructureAndRule()
    {
        using var client = server.Client("planner");
        using var response = await client.GetAsync("/api/register/nonconforming?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(
            "danh-sach-khong-phu-hop-",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName
        );
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "Quy định,Tên quy định,Thời hạn khắc phục,Biện pháp theo lộ trình,Mã vị trí,Doanh nghiệp,Mã trạm,Xã, phường,Kinh độ,Vĩ độ,Loại cột,Chiều cao (m),Tình trạng,Lý do không phù hợp".Replace(
                "Xã, phường",
                "\"Xã, phường\"",
                StringComparison.Ordinal
            ),
            lines[0]
        );
        var failures = Expected.Value.Where(e => e.Judged).Sum(e => e.Failures.Count);
        Assert.Equal(failures, lines.Length - 1);
        var camouflage = Expected.Value.FirstOrDefault(e => e.Failures.Any(f => f.RuleId == "R06"));
        if (camouflage is not null)
            Assert.Contains(lines, l =>
                l.StartsWith("R06,", StringComparison.Ordinal) && l.Contains($",31/12/2027,") && l.Contains(camouflage.SiteId)
            );
    }

    /// <summary>?format=xlsx: the same lines in a workbook, coordinates and heights as numbers, valid OpenXML.</summary>
    [Fact]
    public async Task TheNonconformingList_AsAWorkbook_HasTheCsvsLines_WithNumbersAsNumbers()
    {
        using var client = server.Client("planner");
        using var csv = await client.GetAsync("/api/register/nonconforming?format=csv");
        var csvLines = Encoding
            .UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var response = await client.GetAsync("/api/register/nonconforming?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(
            new MemoryStream(await response.Content.ReadAsByteArrayAsync()),
            false
        );
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        Assert.Equal("Không phù hợp quy hoạch", sheet.Name!.Value);
        var rows = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!))
            .Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .ToList();
        Assert.Equal(csvLines.Length, rows.Count);
        var lon = rows[1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference!.Value!.StartsWith('I'));
        Assert.Null(lon.DataType);
        Assert.InRange(double.Parse(lon.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 106, 108.5);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/register/nonconforming?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task StructuresByCommune_AreThoseInsideIt_AndTheFiltersNarrowThem()
    {
        var index = Index;
        var communes = new CommuneLocator(index);
        // The commune with the most non-conforming structures, so every filter has something to keep and something to drop.
        var nonconforming = Expected.Value.Where(e => e.Judged && !e.Conforms).Select(e => e.SiteId).ToHashSet();
        var inCommune = Plan
            .Value.Sites.GroupBy(s => communes.At(s.Location.X, s.Location.Y)?.Code)
            .Where(g => g.Key is not null)
            .OrderByDescending(g => g.Count(s => nonconforming.Contains(s.Id)))
            .ThenByDescending(g => g.Count())
            .First();
        var code = inCommune.Key!;
        var ids = inCommune.Select(s => s.Id).Order().ToList();

        static List<string> Ids(JsonElement list) => [.. list.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order()];

        var all = await GetAsync($"/api/register/structures?commune={code}");
        Assert.Equal(ids, Ids(all));
        Assert.All(all.EnumerateArray(), s =>
            Assert.Equal(!nonconforming.Contains(s.GetProperty("id").GetString()!), s.GetProperty("conforms").GetBoolean())
        );

        var bad = await GetAsync($"/api/register/structures?commune={code}&conformity=nonconforming");
        Assert.Equal(ids.Where(nonconforming.Contains).ToList(), Ids(bad));
        Assert.NotEmpty(Ids(bad));
        var good = await GetAsync($"/api/register/structures?commune={code}&conformity=conforming");
        Assert.Equal(ids.Where(i => !nonconforming.Contains(i)).ToList(), Ids(good));

        var carrier = inCommune.First().Carrier;
        var ofCarrier = await GetAsync($"/api/register/structures?commune={code}&carrier={carrier.ToUpperInvariant()}");
        Assert.Equal(inCommune.Where(s => s.Carriers.Contains(carrier)).Select(s => s.Id).Order().ToList(), Ids(ofCarrier));

        Assert.Equal(ids, Ids(await GetAsync($"/api/register/structures?commune={code}&status=existing_before_plan")));
        Assert.Empty(Ids(await GetAsync($"/api/register/structures?commune={code}&status=approved")));

        // A bbox with the commune: both hold.
        var first = inCommune.First().Location;
        var box = FormattableString.Invariant($"{first.X - 0.0005},{first.Y - 0.0005},{first.X + 0.0005},{first.Y + 0.0005}");
        Assert.Contains(inCommune.First().Id, Ids(await GetAsync($"/api/register/structures?commune={code}&bbox={box}")));
    }

    [Theory]
    [InlineData("/api/register/structures", HttpStatusCode.BadRequest, "bbox")]
    [InlineData("/api/register/structures?commune=99999", HttpStatusCode.NotFound, null)]
    [InlineData("/api/register/structures?bbox=107,20.9,108,21.5&status=whatever", HttpStatusCode.BadRequest, "status")]
    [InlineData("/api/register/structures?bbox=107,20.9,108,21.5&conformity=maybe", HttpStatusCode.BadRequest, "conformity")]
    [InlineData("/api/register/nonconforming?sort=height", HttpStatusCode.BadRequest, "sort")]
    [InlineData("/api/register/nonconforming?format=xml", HttpStatusCode.BadRequest, "format")]
    public async Task BadQueries_AreAnsweredWithAProblem(string path, HttpStatusCode status, string? field)
    {
        using var client = server.Client("appraiser");
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
            Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AFormerCommunesCode_IsRefused_NamingTheUnitMergedAway()
    {
        var former = Plan.Value.Communes.First(c => c.Validity.To is not null);
        using var client = server.Client("appraiser");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi");
        using var response = await client.GetAsync($"/api/register/structures?commune={former.Code}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await Requests.JsonOf(response)).GetProperty("errors").GetProperty("commune")[0].GetString()!;
        Assert.Contains(former.FullName, message);
        Assert.Contains("sau sắp xếp", message);
    }

    [Fact]
    public async Task AStructuresRecord_GivesItsCommune_AndItsFailingRulesWithTheDeadline()
    {
        var worst = Expected.Value.Where(e => e.Judged && !e.Conforms).OrderByDescending(e => e.Failures.Count).First();
        var record = await GetAsync($"/api/register/structures/{worst.SiteId}");
        var conformity = record.GetProperty("conformity");
        Assert.False(conformity.GetProperty("conforms").GetBoolean());
        Assert.Equal(
            worst.Failures.Select(f => f.RuleId),
            conformity.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString())
        );
        Assert.Equal(
            worst.EarliestDeadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            conformity.GetProperty("deadline").GetString()
        );
        Assert.Equal(worst.Failures[0].Rule.MessageVi, conformity.GetProperty("failures")[0].GetProperty("message_vi").GetString());
        var commune = new CommuneLocator(Index).At(worst.Structure.Location.X, worst.Structure.Location.Y)!;
        Assert.Equal(commune.FullName, record.GetProperty("commune_name").GetString());
        Assert.Equal("nhập dữ liệu", record.GetProperty("history")[0].GetProperty("source_text").GetString());
    }

    [Fact]
    public async Task TheUnpermittedList_NamesWhatFoundEachStructure()
    {
        // A server of its own: the structure added here must not change the other tests' register.
        await using var own = await ApiServer.StartAsync();
        var store = own.Services.GetRequiredService<IAppraisalStore>();
        var near = Plan.Value.Sites[0].Location;
        var found = new AntennaStructure(
            "KT-TEST-1",
            "Vietnamobile",
            "VNM-KT-1",
            new Point(near.X + 0.002, near.Y + 0.001) { SRID = 4326 },
            PoleClass.A2b,
            36,
            false,
            null,
            null,
            false,
            [],
            [new Installation("Vietnamobile", Technology.G4, 3, [1800], [])]
        );
        await store.AppendRegisterEventsAsync([
            new RegisterEvent(
                0,
                found.Id,
                LifecycleStage.Unpermitted,
                DateTimeOffset.UtcNow.AddMinutes(-1),
                "demo-appraiser",
                EventSource.Inspection,
                "inspection:42",
                null,
                found,
                "Cột dựng không có văn bản chấp thuận"
            ),
        ]);
        var list = await GetAsync(own, "/api/register/unpermitted");
        var entry = list.EnumerateArray().Single(e => e.GetProperty("structure").GetProperty("id").GetString() == "KT-TEST-1");
        Assert.Equal("inspection", entry.GetProperty("source").GetString());
        Assert.Equal("kiểm tra", entry.GetProperty("source_text").GetString());
        Assert.Equal("inspection:42", entry.GetProperty("reference").GetString());
        Assert.Equal("xây dựng không phép", entry.GetProperty("structure").GetProperty("status_text").GetString());
        var commune = new CommuneLocator(Index).At(near.X + 0.002, near.Y + 0.001);
        Assert.Equal(commune?.Code, entry.GetProperty("commune_code").GetString());
        var ofMobiFone = await GetAsync(own, "/api/register/unpermitted?carrier=MobiFone");
        Assert.DoesNotContain(ofMobiFone.EnumerateArray(), e => e.GetProperty("structure").GetProperty("id").GetString() == "KT-TEST-1");
        var byStatus = await GetAsync(
            own,
            FormattableString.Invariant(
                $"/api/register/structures?bbox={near.X},{near.Y},{near.X + 0.01},{near.Y + 0.01}&status=unpermitted"
            )
        );
        Assert.Equal(["KT-TEST-1"], byStatus.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }
}
