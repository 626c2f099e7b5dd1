using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 10 (7): military and security areas (restricted areas that ask for consultation, R04's) are the department's only. As a
/// carrier or anonymously, no route, layer, tile, OGC collection, appraisal, submission or letter carries such an area's id, name or
/// the coordinates of its outline; the department's roles still see all of it. The Móng Cái tower of the other tests stands
/// inside R-MIL-01, so the seeded and decided batches are the very sites that could give an area away.
/// </summary>
public sealed partial class AuthorisationMatrixTests
{
    private static readonly string[] OutsideTheDepartment = ["anonymous", "Viettel", "VNPT"];

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The committed plan's military and security areas, read from the bundle itself rather than through the service.</summary>
    private static readonly Lazy<List<ConfidentialArea>> Confidential = new(ReadConfidentialAreas);

    private sealed record ConfidentialArea(string Id, string Name, IReadOnlyList<(string Lon, string Lat)> Vertices);

    [Theory]
    [InlineData("anonymous")]
    [InlineData("Viettel")]
    [InlineData("VNPT")]
    public async Task NoRouteLayerTileOgcCollectionAppraisalSubmissionOrLetter_RevealsAMilitaryOrSecurityArea(string caller)
    {
        Assert.Contains(OutsideTheDepartment, c => c == caller);
        Assert.True(Confidential.Value.Count >= 10, "the committed plan's military and security areas");
        var id = await server.ViettelSubmissionAsync();
        var decided = await server.DecidedViettelSubmissionAsync();
        var plan = await server.PlanVersionAsync();
        using var client = server.Client(caller);
        var leaks = new List<string>();
        var read = 0;

        async Task Check(string method, string path, object? body = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null)
                request.Content = JsonContent.Create(body);
            using var response = await client.SendAsync(request);
            if (response.IsSuccessStatusCode)
                read++;
            var text = await ReadableTextAsync(response);
            leaks.AddRange(Revealed(text).Select(r => $"{method} {path} ({(int)response.StatusCode}): {r}"));
        }

        var layers = await LayerNamesAsync();
        Assert.Contains("restricted-areas", layers);
        var (lon, lat) = Confidential.Value[0].Vertices[0];
        await Check("GET", "/api/layers");
        foreach (var layer in layers)
        {
            await Check("GET", $"/api/layers/{layer}");
            await Check("GET", $"/api/tiles/{layer}/5/25/14.mvt");
            await Check("GET", $"/ogc/collections/{layer}");
            await Check("GET", $"/ogc/collections/{layer}/items?limit=10000");
        }
        foreach (var area in Confidential.Value)
        {
            var (x, y) = Tile(area.Vertices[0], 14);
            await Check("GET", $"/api/tiles/restricted-areas/14/{x}/{y}.mvt");
            await Check(
                "GET",
                $"/api/layers/restricted-areas?bbox={area.Vertices[0].Lon},{area.Vertices[0].Lat},{area.Vertices[0].Lon},{area.Vertices[0].Lat}"
            );
            await Check("GET", $"/ogc/collections/restricted-areas/items/{area.Id}");
        }
        foreach (
            var path in new[]
            {
                "/api/map/settings",
                $"/api/map/coordinates?lon={lon}&lat={lat}",
                "/api/auth/me",
                "/api/submissions",
                "/api/submissions?status=pending",
                $"/api/submissions/{id}",
                $"/api/submissions/{decided}",
                $"/api/submissions/{decided}/letter?format=docx",
                $"/api/submissions/{decided}/letter?format=pdf",
                $"/api/submissions/{id}/results.xlsx",
                $"/api/submissions/{decided}/results.xlsx",
                // The desk's own read: the consultation request may name the area, so it is the department's only.
                $"/api/submissions/{id}/rows/1/consultation-request?rule=R04",
                $"/api/submissions/{decided}/rows/1/consultation-request?rule=R04",
                "/api/submissions/template?format=xlsx",
                "/api/plans",
                $"/api/plans/{plan}",
                $"/api/plans/{plan}/impact",
                "/api/analysis/postal",
                "/api/analysis/fiber",
                "/ogc",
                "/ogc/conformance",
                "/ogc/collections",
                "/openapi/v1.json",
                "/healthz",
                "/readyz",
            }
        )
            await Check("GET", path);
        // A site inside each area, appraised (and, for a carrier, submitted): the answer may say consult, never where or what.
        foreach (var (area, i) in Confidential.Value.Take(3).Select((a, i) => (a, i)))
        {
            var site = new
            {
                site_code = $"IN-{i}",
                lon = Centre(area).Lon,
                lat = Centre(area).Lat,
                pole_class = "A2b",
                height_m = 30,
                camouflaged = false,
            };
            await Check("POST", "/api/appraisals?where=true", site);
            await Check("POST", "/api/submissions?where=true", site with { site_code = $"IN-{i}-{Guid.NewGuid():N}" });
        }

        Assert.Empty(leaks);
        // Not a vacuous pass: a carrier reads the layers, tiles, its batches and its letter; a visitor the public layers and OGC.
        Assert.True(read >= (caller == "anonymous" ? 20 : 40), $"{read} answers read");
    }

    [Theory]
    [InlineData("appraiser")]
    [InlineData("planner")]
    [InlineData("admin")]
    public async Task TheDepartmentsRolesStillSeeEveryMilitaryAndSecurityArea(string role)
    {
        using var client = server.Client(role);
        var layer = await ReadableTextAsync(await client.GetAsync("/api/layers/restricted-areas"));
        var revealed = Revealed(layer).ToList();
        foreach (var area in Confidential.Value)
        {
            Assert.Contains($"id: {area.Id}", revealed);
            Assert.Contains($"name: {area.Name}", revealed);
        }
        Assert.Contains(revealed, r => r.StartsWith("vertex of R-MIL-01", StringComparison.Ordinal));

        var (x, y) = Tile(Confidential.Value[0].Vertices[0], 14);
        using var tileResponse = await client.GetAsync($"/api/tiles/restricted-areas/14/{x}/{y}.mvt");
        // The server's tile cache keeps the department's view apart (PlanLayer.For); no browser or proxy may keep it at all.
        Assert.True(tileResponse.Headers.CacheControl?.NoStore, tileResponse.Headers.CacheControl?.ToString());
        var tile = await ReadableTextAsync(tileResponse);
        Assert.Contains(Confidential.Value[0].Id, tile);

        using var appraised = await client.PostAsJsonAsync("/api/appraisals", Requests.MongCai33mA2b("Viettel"));
        var r04 = R04Of((await Requests.JsonOf(appraised)).GetProperty("appraisal"));
        Assert.Equal("R-MIL-01", r04.GetProperty("deciding_feature").GetProperty("id").GetString());
        Assert.Contains("trong khu vực quân sự Hải Hòa (Móng Cái)", r04.GetProperty("message_vi").GetString());
    }

    [Fact]
    public async Task ACarriersSiteInsideAMilitaryArea_NeedsConsultationOfTheMilitaryCommand_AndNamesNoArea_WhileTheAppraiserSeesIt()
    {
        // A server of its own: on the shared one, earlier tests' proposals at this spot count against this one (issue 11: first
        // received, first served), and this test is about the spot, not about them.
        await using var own = await ApiServer.StartAsync();
        using var viettel = own.Client("Viettel");
        // Asked first, then filed: once filed, the carrier's own pending proposal at the spot would count against the question.
        var asked = (await Requests.JsonOf(await viettel.PostAsJsonAsync("/api/appraisals", Requests.MongCai33mA2b()))).GetProperty(
            "appraisal"
        );
        var id = await Requests.SubmitAsync(viettel, Requests.MongCai33mA2b(siteCode: $"MC-CONF-{Guid.NewGuid():N}"));
        var filed = (await Requests.JsonOf(await viettel.GetAsync($"/api/submissions/{id}")))
            .GetProperty("rows")[0]
            .GetProperty("appraisal");
        foreach (var appraisal in new[] { asked, filed })
        {
            Assert.Equal("needs_consultation", appraisal.GetProperty("verdict").GetString());
            var r04 = R04Of(appraisal);
            Assert.Equal("consult", r04.GetProperty("outcome").GetString());
            Assert.Contains("Bộ Chỉ huy Quân sự tỉnh", r04.GetProperty("message_vi").GetString());
            Assert.Contains("Military Command", r04.GetProperty("message_en").GetString());
            // The service leaves null members out.
            Assert.False(r04.TryGetProperty("deciding_feature", out _));
            Assert.False(r04.TryGetProperty("measured_value", out _));
            Assert.Empty(Revealed(JsonSerializer.Serialize(appraisal, Readable)));
        }

        using var appraiser = own.Client("appraiser");
        var seen = R04Of(
            (await Requests.JsonOf(await appraiser.GetAsync($"/api/submissions/{id}"))).GetProperty("rows")[0].GetProperty("appraisal")
        );
        Assert.Equal("R-MIL-01", seen.GetProperty("deciding_feature").GetProperty("id").GetString());
    }

    [Fact]
    public async Task TheLetterOfASiteInAMilitaryArea_AsksForTheMilitaryCommandsOpinion_WhoeverDownloadsIt()
    {
        var decided = await server.DecidedViettelSubmissionAsync();
        foreach (var caller in new[] { "Viettel", "appraiser" })
        {
            using var client = server.Client(caller);
            foreach (var format in new[] { "docx", "pdf" })
            {
                using var response = await client.GetAsync($"/api/submissions/{decided}/letter?format={format}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var text = await ReadableTextAsync(response);
                Assert.Contains("Bộ Chỉ huy Quân sự tỉnh", text);
                Assert.Empty(Revealed(text));
            }
        }
    }

    [Fact]
    public async Task WhereWouldItConform_GivesACarrierNoWayOutOfAMilitaryArea_NorItsDistanceOrBearing()
    {
        // A server of its own: proposals filed at this spot by other tests would count against these (issue 11).
        await using var own = await ApiServer.StartAsync();
        using var viettel = own.Client("Viettel");

        // Inside R-MIL-01 and otherwise conforming: the site needs consultation, and no point is searched. A point where it would
        // need none is the nearest point outside the area: its distance and bearing were the way to the area's edge.
        var asked = await Requests.JsonOf(await viettel.PostAsJsonAsync("/api/appraisals?where=true", Requests.MongCai33mA2b()));
        Assert.Equal("needs_consultation", asked.GetProperty("appraisal").GetProperty("verdict").GetString());
        Assert.True(NoAlternative(asked), asked.ToString());

        // The same spot failing as well (a sharing claim of no site): the point is the one a plan without military areas gives,
        // the spot itself as a new structure, not the nearest point clear of the area.
        var failing = new
        {
            site_code = "MC-SHARE",
            lon = 107.97826,
            lat = 21.53008,
            pole_class = "A2b",
            height_m = 33,
            camouflaged = false,
            shares_site_id = "NO-SUCH-SITE",
        };
        var answer = await Requests.JsonOf(await viettel.PostAsJsonAsync("/api/appraisals?where=true", failing));
        Assert.Equal("does_not_conform", answer.GetProperty("appraisal").GetProperty("verdict").GetString());
        var alternative = answer.GetProperty("alternative");
        Assert.True(alternative.GetProperty("found").GetBoolean());
        Assert.Equal(0, alternative.GetProperty("distance_m").GetDouble());

        // Filed with ?where=true (at two other spots of the area, so that neither proposal counts against the other), the rows
        // keep the same answers.
        using var filed = await viettel.PostAsJsonAsync("/api/submissions?where=true", Requests.InTheMilitaryArea(0, siteCode: "MC-WHERE"));
        var id = (await Requests.JsonOf(filed)).GetProperty("submission").GetProperty("id").GetInt64();
        var row = (await Requests.JsonOf(await viettel.GetAsync($"/api/submissions/{id}"))).GetProperty("rows")[0];
        Assert.True(NoAlternative(row), row.ToString());
        var (lon1, lat1) = Requests.MilitaryAreaSpots[1];
        using var shared = await viettel.PostAsJsonAsync(
            "/api/submissions?where=true",
            failing with
            {
                site_code = "MC-SHARE-2",
                lon = lon1,
                lat = lat1,
            }
        );
        var sharedId = (await Requests.JsonOf(shared)).GetProperty("submission").GetProperty("id").GetInt64();
        var sharedRow = (await Requests.JsonOf(await viettel.GetAsync($"/api/submissions/{sharedId}"))).GetProperty("rows")[0];
        Assert.Equal(0, sharedRow.GetProperty("alternative").GetProperty("distance_m").GetDouble());

        static bool NoAlternative(JsonElement e) => !e.TryGetProperty("alternative", out var a) || a.ValueKind == JsonValueKind.Null;
    }

    /// <summary>What of a confidential area a text shows: "id: …", "name: …" or "vertex of …" per find.</summary>
    private static IEnumerable<string> Revealed(string text)
    {
        foreach (var area in Confidential.Value)
        {
            if (text.Contains(area.Id, StringComparison.OrdinalIgnoreCase))
                yield return $"id: {area.Id}";
            if (text.Contains(area.Name, StringComparison.OrdinalIgnoreCase))
                yield return $"name: {area.Name}";
            // As GeoJSON writes a position, and as a text might give it in prose.
            foreach (var (lon, lat) in area.Vertices)
            {
                if (text.Contains($"[{lon},{lat}]", StringComparison.Ordinal) || text.Contains($"{lon}, {lat}", StringComparison.Ordinal))
                    yield return $"vertex of {area.Id}: {lon},{lat}";
            }
        }
    }

    /// <summary>
    /// A response as a reader would read it: JSON with its escapes undone (the service writes Vietnamese as \u escapes), the text
    /// and every XML part of a .docx, every cell of a workbook, the text of a PDF (pdftotext), and anything else as UTF-8 (a vector tile keeps its property
    /// strings as UTF-8), all in NFC.
    /// </summary>
    private static async Task<string> ReadableTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        string text;
        if (bytes.Length == 0)
            text = "";
        else if (type.Contains("json", StringComparison.Ordinal))
            text = JsonSerializer.Serialize(JsonDocument.Parse(bytes).RootElement, Readable);
        else if (type.Contains("wordprocessingml", StringComparison.Ordinal))
            text = DocxText(bytes);
        else if (type.Contains("spreadsheetml", StringComparison.Ordinal))
            text = XlsxText(bytes);
        else if (type == "application/pdf")
            // A line may break inside a name: read the text as one line.
            text = System.Text.RegularExpressions.Regex.Replace(LetterTests.PdfText(bytes), @"\s+", " ");
        else
            text = Encoding.UTF8.GetString(bytes);
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Every cell's text and number of every sheet, a cell per line, as a reader scrolling the workbook sees them.</summary>
    private static string XlsxText(byte[] xlsx)
    {
        var text = new StringBuilder();
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            foreach (var node in System.Xml.Linq.XDocument.Load(stream).DescendantNodes().OfType<System.Xml.Linq.XText>())
                text.AppendLine(node.Value);
        }
        return text.ToString();
    }

    private static string DocxText(byte[] docx)
    {
        var text = new StringBuilder();
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
            text.AppendLine(document.MainDocumentPart!.Document!.Body!.InnerText);
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (
            var entry in zip.Entries.Where(e =>
                e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)
            )
        )
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.AppendLine(reader.ReadToEnd());
        }
        return text.ToString();
    }

    private async Task<List<string>> LayerNamesAsync()
    {
        using var appraiser = server.Client("appraiser");
        return
        [
            .. (await Requests.JsonOf(await appraiser.GetAsync("/api/layers")))
                .EnumerateArray()
                .Select(l => l.GetProperty("name").GetString()!),
        ];
    }

    private static JsonElement R04Of(JsonElement appraisal) =>
        appraisal.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule_id").GetString() == "R04");

    /// <summary>The XYZ tile at a zoom that holds a position (Web Mercator).</summary>
    private static (int X, int Y) Tile((string Lon, string Lat) position, int zoom)
    {
        var lon = double.Parse(position.Lon, System.Globalization.CultureInfo.InvariantCulture);
        var lat = double.Parse(position.Lat, System.Globalization.CultureInfo.InvariantCulture) * Math.PI / 180;
        var n = 1 << zoom;
        return ((int)((lon + 180) / 360 * n), (int)((1 - Math.Log(Math.Tan(lat) + 1 / Math.Cos(lat)) / Math.PI) / 2 * n));
    }

    /// <summary>The mean of an outline's vertices: inside the small convex areas the committed plan draws.</summary>
    private static (double Lon, double Lat) Centre(ConfidentialArea area)
    {
        var points = area
            .Vertices.Skip(1)
            .Select(v =>
                (
                    double.Parse(v.Lon, System.Globalization.CultureInfo.InvariantCulture),
                    double.Parse(v.Lat, System.Globalization.CultureInfo.InvariantCulture)
                )
            )
            .ToList();
        return (points.Average(p => p.Item1), points.Average(p => p.Item2));
    }

    private static List<ConfidentialArea> ReadConfidentialAreas()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.CommittedBundle, "restricted-areas.geojson")));
        var areas = new List<ConfidentialArea>();
        foreach (var f in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = f.GetProperty("properties");
            if (p.GetProperty("effect").GetString() != "consult")
                continue;
            var vertices = new List<(string, string)>();
            Collect(f.GetProperty("geometry").GetProperty("coordinates"), vertices);
            areas.Add(
                new ConfidentialArea(
                    p.GetProperty("id").GetString()!,
                    p.GetProperty("name").GetString()!.Normalize(NormalizationForm.FormC),
                    vertices
                )
            );
        }
        return areas;
    }

    /// <summary>Every position of a GeoJSON coordinates array, as its numbers are written.</summary>
    private static void Collect(JsonElement coordinates, List<(string, string)> into)
    {
        if (coordinates[0].ValueKind == JsonValueKind.Number)
        {
            into.Add((coordinates[0].GetRawText(), coordinates[1].GetRawText()));
            return;
        }
        foreach (var c in coordinates.EnumerateArray())
            Collect(c, into);
    }
}
