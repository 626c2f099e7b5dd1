using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Uploads that cannot become a batch: each is answered with a 400 problem details naming the file or the row and field, nothing is
/// written, and the server goes on serving.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class UploadFuzzTests(ApiServer server)
{
    private const string Header = "carrier,site_code,lon,lat,pole_class,height_m,camouflaged,shares_site_id\n";

    public static TheoryData<string, byte[], string> BadFiles()
    {
        var data = new TheoryData<string, byte[], string>
        {
            { "unterminated.csv", Bytes("carrier;site_code\n\"Viettel;unterminated"), "file" },
            { "header-only.csv", Bytes(Header), "file" },
            { "empty.csv", [], "file" },
            { "absurd.csv", Bytes(Header + "Viettel,A,1e308,-999,A2b,33,no,\nViettel,B,NaN,Infinity,A2b,33,no,\n"), "rows[1].lon" },
            { "negative-height.csv", Bytes(Header + "Viettel,A,107.97826,21.53008,A2b,-33,no,\n"), "rows[1].height_m" },
            { "absurd-height.csv", Bytes(Header + "Viettel,A,107.97826,21.53008,A2b,1e9,no,\n"), "rows[1].height_m" },
            { "unknown-class.csv", Bytes(Header + "Viettel,A,107.97826,21.53008,Z9,33,no,\n"), "rows[1].pole_class" },
            { "other-carrier.csv", Bytes(Header + "VNPT,A,107.97826,21.53008,A2b,33,no,\n"), "rows[1].carrier" },
            { "not-a-zip.xlsx", Bytes("carrier,site_code\nViettel,A"), "file" },
            { "truncated-zip.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], "file" },
            { "not-json.geojson", Bytes("{ \"type\": \"FeatureCollection\", \"features\": [ {"), "file" },
            { "array.geojson", Bytes("[1, 2, 3]"), "file" },
            {
                "polygon.geojson",
                Bytes(
                    """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"site_code":"P","pole_class":"A2b","height_m":30},"geometry":{"type":"Polygon","coordinates":[[[107,21],[107.1,21],[107.1,21.1],[107,21]]]}}]}"""
                ),
                "rows[1].geometry"
            },
            {
                "far-away.geojson",
                Bytes(
                    """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"site_code":"F","pole_class":"A2b","height_m":30},"geometry":{"type":"Point","coordinates":[-74.0,40.7]}}]}"""
                ),
                "rows[1].lon"
            },
            { "program.exe", Bytes("MZ"), "file" },
        };
        // Seeded noise in each format: a reader must refuse it, never throw past the edge.
        var random = new Random(20261122);
        foreach (var ext in new[] { "csv", "xlsx", "geojson" })
        {
            for (var i = 0; i < 4; i++)
            {
                var bytes = new byte[random.Next(1, 4096)];
                random.NextBytes(bytes);
                if (ext == "xlsx" && i % 2 == 0)
                {
                    bytes[0] = 0x50;
                    bytes[1] = 0x4B;
                }
                data.Add($"noise-{i}.{ext}", bytes, "file");
            }
        }
        return data;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFile_IsAProblem_NothingIsWritten_AndTheServerGoesOn(string fileName, byte[] content, string errorKey)
    {
        using var client = server.Client("Viettel");
        var before = await Requests.CountSubmissionsAsync(client);

        using var response = await client.PostAsync("/api/submissions", Requests.File(fileName, content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Requests.JsonOf(response);
        var keys = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(keys, k => k.StartsWith(errorKey, StringComparison.Ordinal));
        Assert.Equal(before, await Requests.CountSubmissionsAsync(client));
        using var alive = await client.GetAsync("/api/layers");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    public static TheoryData<string, string> BadSites() =>
        new()
        {
            { """{"site_code":"A","lon":1000,"lat":21.5,"pole_class":"A2b","height_m":33}""", "lon" },
            { """{"site_code":"A","lon":107.97,"lat":21.53,"pole_class":"A2b","height_m":-1}""", "height_m" },
            { """{"site_code":"A","lon":107.97,"lat":21.53,"pole_class":"A2b"}""", "height_m" },
            { """{"lon":107.97,"lat":21.53,"pole_class":"A2b","height_m":33}""", "site_code" },
            { """{"site_code":"A","x":"2381658","y":"523450","epsg":"EPSG:1","pole_class":"A2b","height_m":33}""", "epsg" },
            { "{ not json", "body" },
            { "[1,2]", "body" },
        };

    [Theory]
    [MemberData(nameof(BadSites))]
    public async Task ABadSite_IsAProblemNamingTheField_AndNothingIsWritten(string json, string field)
    {
        using var client = server.Client("Viettel");
        var before = await Requests.CountSubmissionsAsync(client);
        using var response = await client.PostAsync("/api/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var keys = (await Requests.JsonOf(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(keys, k => k.StartsWith(field, StringComparison.Ordinal));
        Assert.Equal(before, await Requests.CountSubmissionsAsync(client));
    }

    [Fact]
    public async Task ABadBbox_IsAProblemNamingBbox()
    {
        using var client = server.Client();
        foreach (var bbox in new[] { "1,2,3", "a,b,c,d", "108,21,107,22", "-200,0,0,0" })
        {
            using var response = await client.GetAsync($"/api/layers/communes?bbox={bbox}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty("bbox", out _));
        }
    }

    [Fact]
    public async Task AnOverrideWithoutAReason_IsRefused()
    {
        var id = await server.ViettelSubmissionAsync();
        using var appraiser = server.Client("appraiser");
        using var response = await appraiser.PostAsJsonAsync(
            $"/api/submissions/{id}/overrides",
            new
            {
                row = 1,
                rule_id = "R04",
                outcome = "pass",
                reason = " ",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.JsonOf(response)).GetProperty("errors").TryGetProperty("reason", out _));
    }
}
