using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Tests;

/// <summary>Issue 14, operable: every answer carries its request's id, and a problem details answer names it for the log.</summary>
[Collection(SharedServer.Name)]
public sealed class RequestIdTests(ApiServer server)
{
    [Fact]
    public async Task AnAnswerWithoutAnIncomingId_GetsAFreshOneEachTime()
    {
        using var client = server.Client();
        using var first = await client.GetAsync("/api/layers");
        using var second = await client.GetAsync("/api/layers");
        var a = Assert.Single(first.Headers.GetValues(RequestIds.Header));
        var b = Assert.Single(second.Headers.GetValues(RequestIds.Header));
        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("lb-7f3a.42_x", "lb-7f3a.42_x")]
    [InlineData("has space", null)]
    [InlineData("<script>", null)]
    public async Task ASaneIncomingId_IsKept_AnythingElseReplaced(string incoming, string? kept)
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/layers");
        request.Headers.TryAddWithoutValidation(RequestIds.Header, incoming);
        using var response = await client.SendAsync(request);
        var id = Assert.Single(response.Headers.GetValues(RequestIds.Header));
        if (kept is not null)
            Assert.Equal(kept, id);
        else
            Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task AProblemDetailsAnswer_NamesTheRequestId()
    {
        using var client = server.Client("Viettel", "en");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appraisals");
        request.Headers.TryAddWithoutValidation(RequestIds.Header, "user-report-1234");
        request.Content = new StringContent("{not json", Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Requests.JsonOf(response);
        Assert.Equal("user-report-1234", problem.GetProperty("request_id").GetString());
        Assert.Equal("user-report-1234", Assert.Single(response.Headers.GetValues(RequestIds.Header)));
    }
}
