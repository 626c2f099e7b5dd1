using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Auth;
using TelecomGis.Reports;

namespace TelecomGis.Api.Letters;

/// <summary>The reply letter (công văn) of a decided batch, composed by <see cref="ReplyLetterHandler"/>.</summary>
public static class LetterEndpoints
{
    /// <summary>The letter's fonts (loaded once, on the first letter) and the department's particulars (section "Letter").</summary>
    public static IServiceCollection AddReplyLetters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => LetterFonts.Load());
        services.Configure<LetterOptions>(configuration.GetSection(LetterOptions.Section));
        return services;
    }

    public static RouteHandlerBuilder MapLettersApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/submissions/{id:long}/letter", GetReplyLetterAsync)
            .WithTags("Submissions")
            .RequireAuthorization(Roles.SubmitsOrReviews)
            .Produces(
                StatusCodes.Status200OK,
                contentType: ReplyLetterHandler.PdfType,
                additionalContentTypes: [ReplyLetterHandler.DocxType]
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "The reply letter (công văn) of a decided batch as .pdf or .docx (?format=pdf|docx, or Accept); overrides applied, one map figure per site. Appraisers and admins any batch; a carrier its own."
            );

    public static async Task<FileContentHttpResult> GetReplyLetterAsync(
        long id,
        HttpRequest request,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var letter = await mediator.Send(new GetReplyLetter(user, id, LetterFormats.Negotiate(request)), ct);
        return TypedResults.File(letter.Content, letter.ContentType, letter.FileName);
    }
}
