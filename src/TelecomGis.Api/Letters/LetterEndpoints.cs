using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Reports;

namespace TelecomGis.Api.Letters;

public static class LetterEndpoints
{
    /// <summary>The letter's fonts (loaded once, on the first letter) and the department's particulars (section "Letter").</summary>
    public static IServiceCollection AddReplyLetters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => LetterFonts.Load());
        services.Configure<LetterOptions>(configuration.GetSection(LetterOptions.Section));
        return services;
    }

    public static void MapLetterEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/submissions/{id:long}/letter", async (long id, HttpContext context, IMediator mediator, CancellationToken ct) =>
            {
                var format = LetterFormats.Negotiate(context.Request);
                var answer = await mediator.Send(new GetReplyLetter(ApiUser.From(context.User)!, id, format), ct);
                return answer.Outcome switch
                {
                    LetterAnswer.Kind.Ready => Results.File(answer.Content!, answer.ContentType, answer.FileName),
                    LetterAnswer.Kind.NotDecided => Results.Problem(statusCode: StatusCodes.Status409Conflict,
                        title: $"Submission {id} has not been decided: its reply letter is written once an appraiser decides it.",
                        detail: "Hồ sơ chưa có quyết định thẩm định nên chưa có công văn trả lời."),
                    LetterAnswer.Kind.NothingAppraised => Results.Problem(statusCode: StatusCodes.Status409Conflict,
                        title: $"Submission {id} has no appraised site (every row was rejected): there is nothing for a letter to answer."),
                    _ => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No submission {id} that you may see."),
                };
            })
            .WithTags("Submissions")
            .RequireAuthorization(Roles.SubmitsOrReviews)
            .Produces(StatusCodes.Status200OK, contentType: ReplyLetterHandler.PdfType, additionalContentTypes: [ReplyLetterHandler.DocxType])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The reply letter (công văn) of a decided batch as .pdf or .docx (?format=pdf|docx, or Accept); overrides applied, one map figure per site. Appraisers and admins any batch; a carrier its own.");
    }
}
