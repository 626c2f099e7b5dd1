using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TelecomGis.Api.Problems;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The one place refusals become RFC 9457 problem details: what a handler throws (not found, conflict, invalid) and how it reads,
/// first against <see cref="ProblemExceptionHandler"/> alone, then through the running service.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class ProblemMappingTests(ApiServer server)
{
    [Fact]
    public async Task NotFound_Is404_WithTheHandlersTitle_AndTheStandardType()
    {
        var (handled, status, body) = await HandleAsync(new NotFoundException("No submission 7 that you may see."));
        Assert.True(handled);
        Assert.Equal(404, status);
        Assert.Equal("No submission 7 that you may see.", body.GetProperty("title").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.5", body.GetProperty("type").GetString());
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.False(body.TryGetProperty("detail", out _));
    }

    [Fact]
    public async Task Conflict_Is409_WithTitleAndDetail()
    {
        var (_, status, body) = await HandleAsync(
            new ConflictException("Submission 7 has not been decided.", "Hồ sơ chưa có quyết định thẩm định.")
        );
        Assert.Equal(409, status);
        Assert.Equal("Submission 7 has not been decided.", body.GetProperty("title").GetString());
        Assert.Equal("Hồ sơ chưa có quyết định thẩm định.", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(null, "Số dòng phải từ 1.")]
    [InlineData("vi", "Số dòng phải từ 1.")]
    [InlineData("en-GB", "row is the 1-based row of the batch.")]
    [InlineData("vi;q=0.5, en;q=0.9", "row is the 1-based row of the batch.")]
    public async Task Invalid_Is400_InTheCallersLanguage_WithBothInProblems(string? acceptLanguage, string expected)
    {
        var (_, status, body) = await HandleAsync(
            RequestValidationException.For("row", "row is the 1-based row of the batch.", "Số dòng phải từ 1."),
            acceptLanguage
        );
        Assert.Equal(400, status);
        Assert.Equal(expected, body.GetProperty("errors").GetProperty("row")[0].GetString());
        var both = body.GetProperty("problems")[0];
        Assert.Equal("row is the 1-based row of the batch.", both.GetProperty("message_en").GetString());
        Assert.Equal("Số dòng phải từ 1.", both.GetProperty("message_vi").GetString());
    }

    /// <summary>
    /// A query value the framework cannot bind is said in the caller's language, naming the parameter and the value, never with the
    /// framework's English message and its .NET type ("Failed to bind parameter \"int? limit\" from \"abc\".").
    /// </summary>
    [Theory]
    [InlineData(null, "Tham số limit: không đọc được giá trị \"abc\" (sai kiểu, ví dụ chữ ở chỗ cần số hoặc ngày).")]
    [InlineData("en", "Parameter limit: \"abc\" cannot be read as a value of the right kind.")]
    public async Task AValueThatCannotBeBound_IsSaidInTheCallersLanguage_WithoutTheFrameworksMessage(
        string? acceptLanguage,
        string expected
    )
    {
        using var appraiser = server.Client("appraiser");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/submissions?limit=abc");
        if (acceptLanguage is not null)
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await appraiser.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Requests.JsonOf(response);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());

        var (_, _, missing) = await HandleAsync(
            new BadHttpRequestException("Required parameter \"string name\" was not provided from query string.")
        );
        Assert.Equal("Thiếu tham số name.", missing.GetProperty("detail").GetString());
    }

    /// <summary>
    /// An upload of a kind no endpoint takes is refused by the framework itself (routing's 415, titled "Unsupported Media Type"),
    /// and still carries a detail in Vietnamese, which the map shows in place of the title; as does an unknown address.
    /// </summary>
    [Fact]
    public async Task TheFrameworksOwnRefusals_CarryAVietnameseDetail()
    {
        using var carrier = server.Client("Viettel");
        using var response = await carrier.PostAsync(
            "/api/submissions",
            new StringContent("MC-33", System.Text.Encoding.UTF8, "text/plain")
        );
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await Requests.JsonOf(response);
        Assert.Equal(
            "Địa chỉ này không nhận nội dung kiểu 'text/plain; charset=utf-8' (xem tài liệu API tại /scalar/v1).",
            problem.GetProperty("detail").GetString()
        );

        using var english = server.Client("Viettel", "en");
        using var again = await english.PostAsync("/api/submissions", new StringContent("MC-33", System.Text.Encoding.UTF8, "text/plain"));
        Assert.StartsWith("This address does not accept content of type", (await Requests.JsonOf(again)).GetProperty("detail").GetString());
    }

    /// <summary>The map's pointer coordinates out of range: a 400 whose detail the map can show a Vietnamese reader.</summary>
    [Fact]
    public async Task CoordinatesOutOfRange_Are400_WithAVietnameseDetail()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/api/map/coordinates?lon=200&lat=21");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Kinh độ (lon) phải từ −180 đến 180 và vĩ độ (lat) từ −90 đến 90.",
            (await Requests.JsonOf(response)).GetProperty("detail").GetString()
        );
    }

    [Fact]
    public async Task AnythingElse_IsLeftAlone_AndStaysA500WithoutInternals()
    {
        var (handled, _, _) = await HandleAsync(new InvalidOperationException("a bug"));
        Assert.False(handled);
    }

    [Fact]
    public async Task ThroughTheService_AHandlersNotFoundAndConflict_ArriveAsProblems()
    {
        using var appraiser = server.Client("appraiser");
        using var missing = await appraiser.GetAsync("/api/submissions/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var missingProblem = await Requests.JsonOf(missing);
        Assert.Equal("No submission 987654321 that you may see.", missingProblem.GetProperty("title").GetString());
        // The detail in Vietnamese, which the map shows a Vietnamese reader in place of the English title.
        Assert.Equal("Không tìm thấy hồ sơ số 987654321.", missingProblem.GetProperty("detail").GetString());

        using var run = await server.Client("planner").GetAsync($"/api/analysis/coverage/{Guid.Empty}");
        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
        var runProblem = await Requests.JsonOf(run);
        Assert.Equal($"No coverage run {Guid.Empty}.", runProblem.GetProperty("title").GetString());
        // Without the run's id: a GUID means nothing to a reader.
        Assert.Equal("Không có lượt tính vùng phủ này.", runProblem.GetProperty("detail").GetString());

        using var carrier = server.Client("Viettel");
        var undecided = await Requests.SubmitAsync(carrier, Requests.MongCai33mA2b(siteCode: $"P-{Guid.NewGuid():N}"));
        using var letter = await carrier.GetAsync($"/api/submissions/{undecided}/letter");
        Assert.Equal(HttpStatusCode.Conflict, letter.StatusCode);
        var problem = await Requests.JsonOf(letter);
        Assert.StartsWith($"Submission {undecided} has no issued letter yet", problem.GetProperty("title").GetString());
        Assert.Equal("Hồ sơ chưa có công văn trả lời được ban hành.", problem.GetProperty("detail").GetString());
    }

    private static async Task<(bool Handled, int Status, JsonElement Body)> HandleAsync(Exception exception, string? acceptLanguage = null)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        if (acceptLanguage is not null)
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>());
        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);
        if (!handled)
            return (false, context.Response.StatusCode, default);
        context.Response.Body.Position = 0;
        using var document = await JsonDocument.ParseAsync(context.Response.Body);
        return (true, context.Response.StatusCode, document.RootElement.Clone());
    }
}
