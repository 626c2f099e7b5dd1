using System.Net;
using System.Net.Http.Headers;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Plans;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14: an upload over its route's size limit was a 400 "the multipart body cannot be read". It is a 413 problem details,
/// for a batch file (16 MB) and a zipped plan (<see cref="BundleZip.MaxZipBytes"/>), as a body or as a multipart file. The client
/// asks first (Expect: 100-continue, as curl does for large bodies): the server answers from the declared length without reading a
/// byte, where a client that sends regardless may find the connection closed under it before it reads the answer.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class RequestSizeTests(ApiServer server)
{
    private const long BatchLimit = 16L * 1024 * 1024;

    [Fact]
    public async Task ABatchFileOverTheLimit_Is413()
    {
        using var client = Asking(server.Client("Viettel", "en"));
        using var form = new MultipartFormDataContent();
        form.Add(new Zeros(BatchLimit + 1), "file", "huge.csv");
        using var response = await client.PostAsync("/api/submissions", form);
        await AssertTooLargeAsync(response, BatchLimit);
    }

    [Fact]
    public async Task AZippedPlanOverTheLimit_Is413_AsABody()
    {
        using var client = Asking(server.Client("planner"));
        using var body = new Zeros(BundleZip.MaxZipBytes + 1);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var response = await client.PostAsync("/api/plans", body);
        await AssertTooLargeAsync(response, BundleZip.MaxZipBytes);
    }

    [Fact]
    public async Task AZippedPlanOverTheLimit_Is413_AsAMultipartFile()
    {
        using var client = Asking(server.Client("planner", "vi"));
        using var form = new MultipartFormDataContent();
        form.Add(new Zeros(BundleZip.MaxZipBytes), "file", "plan.zip");
        using var response = await client.PostAsync("/api/plans", form);
        var problem = await AssertTooLargeAsync(response, BundleZip.MaxZipBytes);
        Assert.Contains("quá", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJsonBodyOverTheDefaultLimit_Is413()
    {
        using var client = Asking(server.Client("Viettel", "en"));
        using var body = new Zeros(RequestLimits.DefaultBodyBytes + 1);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/appraisals", body);
        await AssertTooLargeAsync(response, RequestLimits.DefaultBodyBytes);
    }

    [Fact]
    public async Task AHazardPolygonMayBeLargerThanTheDefault()
    {
        using var client = Asking(server.Client("planner", "en"));
        using var within = new Zeros(RequestLimits.DefaultBodyBytes * 2);
        within.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var read = await client.PostAsync("/api/analysis/resilience", within);
        Assert.Equal(HttpStatusCode.BadRequest, read.StatusCode);

        using var over = new Zeros(RequestLimits.HazardBodyBytes + 1);
        over.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var refused = await client.PostAsync("/api/analysis/resilience", over);
        await AssertTooLargeAsync(refused, RequestLimits.HazardBodyBytes);
    }

    [Fact]
    public async Task AnUploadWithinTheLimit_IsStillReadAndJudgedOnItsContent()
    {
        using var client = server.Client("Viettel");
        using var form = new MultipartFormDataContent();
        form.Add(new Zeros(1024 * 1024), "file", "zeros.csv");
        using var response = await client.PostAsync("/api/submissions", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static HttpClient Asking(HttpClient client)
    {
        client.DefaultRequestHeaders.ExpectContinue = true;
        return client;
    }

    private static async Task<System.Text.Json.JsonElement> AssertTooLargeAsync(HttpResponseMessage response, long limit)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Requests.JsonOf(response);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Equal(limit, problem.GetProperty("max_bytes").GetInt64());
        return problem;
    }

    /// <summary>A body of zeros with its length declared, written as the server asks for it: the test holds no 64 MB array.</summary>
    private sealed class Zeros(long length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[81920];
            for (var left = length; left > 0; left -= chunk.Length)
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)));
        }

        protected override bool TryComputeLength(out long length1)
        {
            length1 = length;
            return true;
        }
    }
}
