using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Appraisals;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Declarations;
using TelecomGis.Storage.Stores;
using TelecomGis.Storage.Submissions;

namespace TelecomGis.Api.Register;

/// <summary>
/// Carriers' declarations (issue 11, 4) and inspections' files (issue 11, 5): a carrier uploads its full list of structures, reads
/// the difference from the register and confirms it; the department reads every carrier's. Appraisers and admins attach files to
/// an inspection; the department's roles read them.
/// </summary>
public static class DeclarationEndpoints
{
    /// <summary>A declaration of a carrier's few thousand structures is well under a megabyte as .xlsx; this leaves room.</summary>
    public const long MaxDeclarationBytes = 16L * 1024 * 1024;

    /// <summary>One inspection file: a scanned minute or a photograph from a phone is a few megabytes.</summary>
    public const long MaxAttachmentBytes = 10L * 1024 * 1024;

    /// <summary>Files in one upload; the request as a whole is bounded by <see cref="MaxAttachmentRequestBytes"/>.</summary>
    public const int MaxAttachmentsPerUpload = 10;

    public const long MaxAttachmentRequestBytes = 32L * 1024 * 1024;

    public static IEndpointRouteBuilder MapDeclarationsApi(this IEndpointRouteBuilder app)
    {
        var declarations = app.MapGroup("/register/declarations").WithTags("Register");
        declarations
            .MapPost("/", UploadAsync)
            .RequireAuthorization(Roles.Submits)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxDeclarationBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .WithSummary(
                "A carrier's full list of its structures (multipart 'file': .xlsx or .csv of the declaration template, GET /api/register/declarations/template): kept pending, answered with its difference from the register (new with or without an approval within R09.share_tolerance, changed, missing). A file with any bad row is refused whole, each row named."
            );
        declarations
            .MapGet("/", ListAsync)
            .RequireAuthorization()
            .WithSummary("Declarations newest first: a carrier its own, the department's roles every carrier's.");
        declarations
            .MapGet("/template", TemplateAsync)
            .AllowAnonymous()
            .ProducesValidationProblem()
            .WithSummary("The declaration template: ?format=xlsx (default, with an instructions sheet) or csv; Vietnamese headers.");
        declarations
            .MapGet("/{id:long}", GetAsync)
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One declaration with its difference from the register (another carrier's: 404).");
        declarations
            .MapPost("/{id:long}/confirm", ConfirmAsync)
            .RequireAuthorization(Roles.Submits)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "The carrier confirms its pending declaration: the register takes it (events sourced to the declaration; new structures without an approval recorded unpermitted; missing ones listed, not dismantled). Once only (409 after)."
            );

        var register = app.MapGroup("/register").WithTags("Register");
        register
            .MapPost("/inspections/{id:long}/attachments", AttachAsync)
            .RequireAuthorization(Roles.Reviews)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxAttachmentRequestBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "Attach files to a recorded inspection (multipart, up to 10 files of at most 10 MiB each); appended, never replaced."
            );
        register
            .MapGet("/attachments/{id:long}", DownloadAsync)
            .RequireAuthorization(Roles.AssessesPlans)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An inspection's file exactly as stored, as a download.");
        return app;
    }

    private static async Task<Created<DeclarationDetail>> UploadAsync(
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        [Microsoft.AspNetCore.Mvc.FromServices] CurrentPlan current,
        CancellationToken ct
    )
    {
        var file = await MultipartFile.ReadAsync(request, "Send the declaration as a multipart field named 'file' (.xlsx or .csv).", ct);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var name = Path.GetFileName(file.FileName);
        IReadOnlyList<Core.Register.Declarations.DeclarationRow> rows;
        try
        {
            rows = DeclarationFile.Read(
                new MemoryStream(bytes, writable: false),
                name,
                user.Carrier!,
                SubmissionFile.MaxRows,
                current.Plan.Province.Transformation
            );
        }
        catch (SubmissionFileException e)
        {
            throw RequestValidationException.For("file", e.Message, e.MessageVi);
        }
        // Nothing half-taken: one bad row refuses the whole declaration, every bad row named.
        var refusals = DeclarationFile.Refusals(rows);
        if (refusals.Count > 0)
            throw new RequestValidationException(
                [.. refusals.Select(r => new FieldError(r.Field, r.MessageEn, r.MessageVi, r.Row))],
                $"The declaration has {refusals.Count} row(s) that cannot be read; nothing was kept."
            );
        var detail = await mediator.Send(
            new UploadDeclaration(user, name, bytes, [.. rows.Select(r => r.Structure!)], Language.PrefersEnglish(request)),
            ct
        );
        return TypedResults.Created($"/api/register/declarations/{detail.Id}", detail);
    }

    private static async Task<Ok<IReadOnlyList<DeclarationSummaryView>>> ListAsync(
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new ListDeclarations(user), ct));

    private static async Task<Ok<DeclarationDetail>> GetAsync(
        HttpContext context,
        ApiUser user,
        IMediator mediator,
        long id,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new GetDeclaration(user, id, Language.PrefersEnglish(context.Request)), ct));

    private static async Task<Ok<DeclarationDetail>> ConfirmAsync(
        HttpContext context,
        ApiUser user,
        IMediator mediator,
        long id,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new ConfirmDeclaration(user, id, Language.PrefersEnglish(context.Request)), ct));

    private static Task<FileContentHttpResult> TemplateAsync(string? format) =>
        Task.FromResult(
            (format ?? "xlsx").ToLowerInvariant() switch
            {
                "xlsx" => TypedResults.File(
                    DeclarationTemplate.Xlsx(),
                    TelecomGis.Reports.Spreadsheets.XlsxTableWriter.ContentType,
                    "mau-bao-cao-ha-tang.xlsx"
                ),
                "csv" => TypedResults.File(DeclarationTemplate.Csv(), "text/csv; charset=utf-8", "mau-bao-cao-ha-tang.csv"),
                _ => throw RequestValidationException.For("format", "format is xlsx or csv.", "Định dạng là xlsx hoặc csv."),
            }
        );

    private static async Task<Created<IReadOnlyList<InspectionAttachment>>> AttachAsync(
        HttpRequest request,
        IMediator mediator,
        long id,
        CancellationToken ct
    )
    {
        await MultipartFile.ReadAsync(request, "Send the files as multipart fields (e.g. 'file').", ct);
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count > MaxAttachmentsPerUpload)
            throw RequestValidationException.For(
                "file",
                $"At most {MaxAttachmentsPerUpload} files in one upload.",
                $"Mỗi lần gửi tối đa {MaxAttachmentsPerUpload} tệp."
            );
        var files = new List<NewAttachment>();
        foreach (var f in form.Files)
        {
            var name = Path.GetFileName(f.FileName);
            if (f.Length == 0 || f.Length > MaxAttachmentBytes || string.IsNullOrWhiteSpace(name))
                throw RequestValidationException.For(
                    "file",
                    $"'{name}': each file must have a name and hold 1 byte to {MaxAttachmentBytes / (1024 * 1024)} MiB.",
                    $"Tệp '{name}': mỗi tệp phải có tên và dung lượng từ 1 byte đến {MaxAttachmentBytes / (1024 * 1024)} MiB."
                );
            using var buffer = new MemoryStream();
            await f.CopyToAsync(buffer, ct);
            files.Add(
                new NewAttachment(
                    name,
                    string.IsNullOrWhiteSpace(f.ContentType) ? "application/octet-stream" : f.ContentType,
                    buffer.ToArray()
                )
            );
        }
        var saved = await mediator.Send(new AttachToInspection(id, files), ct);
        return TypedResults.Created($"/api/register/attachments/{saved[0].Id}", saved);
    }

    private static async Task<FileContentHttpResult> DownloadAsync(IMediator mediator, long id, CancellationToken ct)
    {
        var file = await mediator.Send(new LoadInspectionFile(id), ct);
        // Always a download (Content-Disposition: attachment): a stored file is never rendered by the browser as a page.
        return TypedResults.File(file.Bytes, file.Attachment.ContentType, file.Attachment.FileName);
    }
}
