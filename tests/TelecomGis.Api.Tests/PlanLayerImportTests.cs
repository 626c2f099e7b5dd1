using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;

namespace TelecomGis.Api.Tests;

/// <summary>A planner uploads a department's file into one layer of a plan version: previewed, refused with every reason, or stored as a draft.</summary>
[Collection(SharedServer.Name)]
public sealed class PlanLayerImportTests(ApiServer server)
{
    private const string PostalKml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
          <Folder><name>Bưu cục</name>
            <Placemark><name>Bưu cục Móng Cái</name><ExtendedData><Data name="Mã"><value>BC-MC</value></Data><Data name="Mã xã"><value>06727</value></Data></ExtendedData>
              <Point><coordinates>107.9660,21.5250</coordinates></Point></Placemark>
            <Placemark><name>Bưu cục ngoài biển</name><ExtendedData><Data name="Mã"><value>BC-X</value></Data><Data name="Mã xã"><value>06727</value></Data></ExtendedData>
              <Point><coordinates>121.5,21.5</coordinates></Point></Placemark>
          </Folder>
        </Document></kml>
        """;

    private static MultipartFormDataContent Upload(string fileName, byte[] content, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value, Encoding.UTF8), name);
        return form;
    }

    [Fact]
    public async Task APreview_ReturnsTheFeaturesAsGeoJson_AndEveryRejectionWithItsReason_AndStoresNothing()
    {
        var version = await server.PlanVersionAsync();
        using var planner = server.Client("planner");
        var before = (await Requests.JsonOf(await planner.GetAsync("/api/plans"))).GetArrayLength();

        using var response = await planner.PostAsync(
            $"/api/plans/{version}/layers/post-offices",
            Upload(
                "buu-chinh.kml",
                Encoding.UTF8.GetBytes(PostalKml),
                ("mapping", """{ "fields": { "kind": { "value": "post_office" }, "operator": { "value": "VNPost" } } }"""),
                ("preview", "true")
            )
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await Requests.JsonOf(response);
        Assert.Equal("KML", report.GetProperty("format").GetString());
        Assert.Equal(2, report.GetProperty("read").GetInt32());
        Assert.Equal(1, report.GetProperty("accepted").GetInt32());
        Assert.Equal("Mã", report.GetProperty("field_sources").GetProperty("id").GetString());
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal(2, rejected.GetProperty("number").GetInt32());
        Assert.StartsWith("nằm ngoài lãnh thổ Việt Nam", rejected.GetProperty("message_vi").GetString(), StringComparison.Ordinal);
        var feature = Assert.Single(report.GetProperty("preview").GetProperty("features").EnumerateArray());
        Assert.Equal("BC-MC", feature.GetProperty("properties").GetProperty("id").GetString());
        Assert.False(report.TryGetProperty("version", out _));
        var kind = Assert.Single(report.GetProperty("layer_fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "kind");
        Assert.Equal(5, kind.GetProperty("choices").GetArrayLength());
        Assert.Equal(
            ["bưu cục", "điểm bưu điện văn hóa xã", "đại lý bưu điện", "ki-ốt", "hòm thư công cộng"],
            kind.GetProperty("choices_vi").EnumerateArray().Select(c => c.GetString())
        );
        Assert.Equal(before, (await Requests.JsonOf(await planner.GetAsync("/api/plans"))).GetArrayLength());
    }

    /// <summary>
    /// A zipped Shapefile of sites in VN-2000, one site's height broken: a 400 naming that feature and field in Vietnamese and
    /// nothing stored; sent again with skip_rejected, a new draft version that is not current and holds the other sites.
    /// </summary>
    [Fact]
    public async Task AZippedShapefile_WithARejectedSite_IsRefusedWhole_ThenStoredAsADraftWithSkipRejected()
    {
        var version = await server.PlanVersionAsync();
        var dir = Path.Combine(Path.GetTempPath(), "telecomgis-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var shp = Path.Combine(dir, "tram.shp");
        Ogr2Ogr(
            "-f",
            "ESRI Shapefile",
            "-t_srs",
            "EPSG:5899",
            "-lco",
            "ENCODING=UTF-8",
            "-dialect",
            "SQLite",
            "-sql",
            "SELECT geometry, id, carrier, code, pole_class, CASE WHEN id = (SELECT MIN(id) FROM sites) THEN 0 ELSE height_m END AS height_m, camouflaged FROM sites",
            shp,
            Path.Combine(Root(), "data", "quang-ninh", "sites.geojson")
        );
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(dir))
                archive.CreateEntryFromFile(file, "tram/" + Path.GetFileName(file));
        }
        using var planner = server.Client("planner");

        using var refused = await planner.PostAsync($"/api/plans/{version}/layers/sites", Upload("tram.zip", zip.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await Requests.JsonOf(refused);
        var row = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal("height_m", row.GetProperty("field").GetString());
        Assert.Equal("chiều cao cột (m) 0 nằm ngoài giới hạn > 0.", row.GetProperty("message_vi").GetString());
        Assert.Contains("rows[", problem.GetProperty("errors").EnumerateObject().Single().Name, StringComparison.Ordinal);

        using var created = await planner.PostAsync(
            $"/api/plans/{version}/layers/sites",
            Upload("tram.zip", zip.ToArray(), ("skip_rejected", "true"))
        );

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await Requests.JsonOf(created);
        var draft = report.GetProperty("version");
        Assert.False(draft.GetProperty("current").GetBoolean());
        Assert.NotEqual(version, draft.GetProperty("version").GetString());
        // The map's panel says which draft it stored in these words, never by the hash (Vietnamese first).
        Assert.Matches(@", bản nhập lúc \d\d:\d\d ngày \d\d/\d\d/\d{4} \(bản nháp\)$", draft.GetProperty("label_vi").GetString()!);
        Assert.DoesNotMatch("[0-9a-f]{12}", draft.GetProperty("label_vi").GetString()!);
        Assert.Contains("EPSG:5899", report.GetProperty("notes")[0].GetProperty("message_vi").GetString(), StringComparison.Ordinal);
        var detail = await Requests.JsonOf(await planner.GetAsync($"/api/plans/{draft.GetProperty("version").GetString()}"));
        Assert.Equal(report.GetProperty("accepted").GetInt32(), detail.GetProperty("layer_counts").GetProperty("sites").GetInt32());
        Assert.Equal(version, await server.PlanVersionAsync());
    }

    [Fact]
    public async Task AnUnknownLayer_Is404_AndACarrierMayNotUpload()
    {
        var version = await server.PlanVersionAsync();
        using var planner = server.Client("planner");
        using (
            var unknown = await planner.PostAsync($"/api/plans/{version}/layers/tram", Upload("a.kml", Encoding.UTF8.GetBytes(PostalKml)))
        )
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var carrier = server.Client("Viettel");
        using var forbidden = await carrier.PostAsync(
            $"/api/plans/{version}/layers/post-offices",
            Upload("a.kml", Encoding.UTF8.GetBytes(PostalKml))
        );
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static void Ogr2Ogr(params string[] args)
    {
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var p = Process.Start(start)
            ?? throw new InvalidOperationException("ogr2ogr is needed: apt-get install gdal-bin (tools/test.sh does).");
        var errors = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, errors);
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelecomGis.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("TelecomGis.sln not found above the test binaries.");
    }
}
