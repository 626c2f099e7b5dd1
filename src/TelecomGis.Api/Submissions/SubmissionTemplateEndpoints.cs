using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Problems;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Api.Submissions;

/// <summary>
/// The batch template (<see cref="SubmissionTemplate"/>) as a download. Open to anyone: it is a blank form that reveals nothing of
/// the plan or of any batch, and a carrier fetches it before it has a key to send with (the map links it from the upload form).
/// </summary>
public static class SubmissionTemplateEndpoints
{
    public static RouteHandlerBuilder MapSubmissionTemplateApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/submissions/template", GetTemplateAsync)
            .WithTags("Submissions")
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: GetSubmissionTemplateHandler.XlsxType, additionalContentTypes: ["text/csv"])
            .ProducesValidationProblem()
            .WithSummary(
                "The upload template: ?format=xlsx (default; the Vietnamese header row, an example row and a 'Hướng dẫn' sheet describing each column) or ?format=csv (UTF-8 with BOM, header and example row). Sent back unchanged it is accepted."
            );

    public static async Task<FileContentHttpResult> GetTemplateAsync(string? format, IMediator mediator, CancellationToken ct)
    {
        var file = await mediator.Send(new GetSubmissionTemplate(format ?? "xlsx"), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}

/// <param name="Format">xlsx or csv.</param>
public sealed record GetSubmissionTemplate(string Format) : IRequest<SubmissionTemplateFile>, IValidated
{
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "csv"];

    public IEnumerable<FieldError> Validate()
    {
        if (!Formats.Contains(Format, StringComparer.OrdinalIgnoreCase))
        {
            yield return new FieldError("format", "format must be xlsx or csv.", "Định dạng tệp mẫu không hợp lệ: chọn xlsx hoặc csv.");
        }
    }
}

/// <summary>A template's bytes, type and the name it downloads under.</summary>
public sealed record SubmissionTemplateFile(byte[] Content, string ContentType, string FileName);

public sealed class GetSubmissionTemplateHandler : IRequestHandler<GetSubmissionTemplate, SubmissionTemplateFile>
{
    public const string XlsxType = TelecomGis.Reports.Spreadsheets.XlsxTableWriter.ContentType;

    // The template never changes while the service runs: built once, on the first request.
    private static readonly Lazy<byte[]> XlsxBytes = new(SubmissionTemplate.Xlsx);
    private static readonly Lazy<byte[]> CsvBytes = new(SubmissionTemplate.Csv);

    public ValueTask<SubmissionTemplateFile> Handle(GetSubmissionTemplate request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(
            request.Format.Equals("csv", StringComparison.OrdinalIgnoreCase)
                ? new SubmissionTemplateFile(CsvBytes.Value, "text/csv; charset=utf-8", "mau-danh-sach-tram.csv")
                : new SubmissionTemplateFile(XlsxBytes.Value, XlsxType, "mau-danh-sach-tram.xlsx")
        );
}
