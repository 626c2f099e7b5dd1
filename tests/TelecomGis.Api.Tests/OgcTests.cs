using System.Diagnostics;
using System.Net;

namespace TelecomGis.Api.Tests;

/// <summary>
/// OGC API – Features read by an outside client: GDAL's OAPIF driver. Without ogrinfo these tests fail (tools/test.sh installs gdal-bin).
/// </summary>
[Collection(SharedServer.Name)]
public sealed class OgcTests(ApiServer server)
{
    private static readonly string[] PublicLayers = ["province", "communes", "zones", "airports", "runways"];

    [Fact]
    public async Task GdalListsEveryPublicLayer_AndCountsTheCommunes()
    {
        var listing = await OgrInfo($"-so OAPIF:{server.BaseAddress.ToString().TrimEnd('/')}/ogc");
        foreach (var layer in PublicLayers)
            Assert.Contains($": {layer} (", listing);
        Assert.DoesNotContain("sites", listing);

        using var client = server.Client();
        var layers = await Requests.JsonOf(await client.GetAsync("/api/layers"));
        var communes = layers
            .EnumerateArray()
            .Single(l => l.GetProperty("name").GetString() == "communes")
            .GetProperty("feature_count")
            .GetInt32();
        Assert.True(communes > 100);
        var summary = await OgrInfo($"-so OAPIF:{server.BaseAddress.ToString().TrimEnd('/')}/ogc communes");
        Assert.Contains($"Feature Count: {communes}", summary);
    }

    /// <summary>QGIS shows a collection's title to the department's staff: Vietnamese unless the client asks for English.</summary>
    [Fact]
    public async Task TitlesAreVietnamese_UnlessTheClientAsksForEnglish()
    {
        using var vi = server.Client();
        var landing = await Requests.JsonOf(await vi.GetAsync("/ogc"));
        Assert.StartsWith(
            "TelecomGis – Quy hoạch hạ tầng kỹ thuật viễn thông thụ động tỉnh Quảng Ninh",
            landing.GetProperty("title").GetString()
        );
        Assert.StartsWith("Các lớp công khai của quy hoạch", landing.GetProperty("description").GetString(), StringComparison.Ordinal);
        var titles = (await Requests.JsonOf(await vi.GetAsync("/ogc/collections")))
            .GetProperty("collections")
            .EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("title").GetString());
        Assert.Equal("Ranh giới tỉnh", titles["province"]);
        Assert.Equal("Vùng quy hoạch", titles["zones"]);
        Assert.Equal(
            "Đơn vị hành chính cấp xã",
            (await Requests.JsonOf(await vi.GetAsync("/ogc/collections/communes"))).GetProperty("title").GetString()
        );

        using var en = server.Client(null, "en");
        var english = (await Requests.JsonOf(await en.GetAsync("/ogc/collections")))
            .GetProperty("collections")
            .EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("title").GetString());
        Assert.Equal("Province boundary", english["province"]);

        // Every layer, public or not, has its Vietnamese title in the layer list.
        using var planner = server.Client("planner");
        Assert.All((await Requests.JsonOf(await planner.GetAsync("/api/layers"))).EnumerateArray(), l =>
            Assert.NotEqual(l.GetProperty("title").GetString(), l.GetProperty("title_vi").GetString())
        );
    }

    [Fact]
    public async Task GdalFollowsTheNextLinksThroughEveryFeature_AndItsBboxMatchesOurs()
    {
        var ogc = $"OAPIF:{server.BaseAddress.ToString().TrimEnd('/')}/ogc";
        using var client = server.Client();
        var all = (await Requests.JsonOf(await client.GetAsync("/api/layers/communes"))).GetProperty("features").GetArrayLength();
        var inBox = (await Requests.JsonOf(await client.GetAsync("/api/layers/communes?bbox=107.95,21.5,108.0,21.55")))
            .GetProperty("features")
            .GetArrayLength();

        // Pages of 50: GDAL must follow the next links to read them all.
        var read = await OgrInfo($"-q -oo PAGE_SIZE=50 {ogc} communes");
        Assert.Equal(all, read.Split('\n').Count(l => l.StartsWith("OGRFeature", StringComparison.Ordinal)));
        var cut = await OgrInfo($"-q {ogc} communes -spat 107.95 21.5 108.0 21.55");
        Assert.Equal(inBox, cut.Split('\n').Count(l => l.StartsWith("OGRFeature", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ItemsArePagedWithANextLink_AndOneFeatureCanBeFetched()
    {
        using var client = server.Client();
        var page = await Requests.JsonOf(await client.GetAsync("/ogc/collections/communes/items?limit=7"));
        Assert.Equal(7, page.GetProperty("numberReturned").GetInt32());
        var next = page.GetProperty("links")
            .EnumerateArray()
            .Single(l => l.GetProperty("rel").GetString() == "next")
            .GetProperty("href")
            .GetString()!;
        var second = await Requests.JsonOf(await client.GetAsync(new Uri(next).PathAndQuery));
        Assert.NotEqual(
            page.GetProperty("features")[0].GetProperty("id").ToString(),
            second.GetProperty("features")[0].GetProperty("id").ToString()
        );

        var id = page.GetProperty("features")[0].GetProperty("id").ToString();
        using var one = await client.GetAsync($"/ogc/collections/communes/items/{id}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("application/geo+json", one.Content.Headers.ContentType?.MediaType);

        var conformance = await Requests.JsonOf(await client.GetAsync("/ogc/conformance"));
        Assert.Equal(3, conformance.GetProperty("conformsTo").GetArrayLength());
    }

    [Fact]
    public async Task ABboxKeepsOnlyTheFeaturesItMeets()
    {
        using var client = server.Client();
        var all = await Requests.JsonOf(await client.GetAsync("/api/layers/communes"));
        var mongCai = await Requests.JsonOf(await client.GetAsync("/api/layers/communes?bbox=107.95,21.50,108.00,21.55"));
        Assert.InRange(mongCai.GetProperty("features").GetArrayLength(), 1, all.GetProperty("features").GetArrayLength() - 1);
    }

    private static async Task<string> OgrInfo(string arguments)
    {
        // Process.Start throws when ogrinfo is missing: the test fails rather than skips.
        using var process = Process.Start(
            new ProcessStartInfo("ogrinfo", arguments) { RedirectStandardOutput = true, RedirectStandardError = true }
        )!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
