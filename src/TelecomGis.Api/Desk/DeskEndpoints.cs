using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Letters;
using TelecomGis.Api.Submissions;

namespace TelecomGis.Api.Desk;

/// <summary>The appraisal desk: a decision per site, consultations, issuing the letter (frozen) and corrections (appraisers).</summary>
public static class DeskEndpoints
{
    /// <summary>The desk's time limits (section "Desk"), its due dates and the letter composer shared by the draft and the issue.</summary>
    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeskOptions>(configuration.GetSection(DeskOptions.Section));
        services.AddSingleton<DueDates>();
        services.AddSingleton<LetterComposer>();
        return services;
    }

    public static RouteGroupBuilder MapDeskApi(this IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/submissions/{id:long}").WithTags("Desk").RequireAuthorization(Roles.Reviews);
        desk.MapPost("/rows/{row:int}/decision", DecideSiteAsync)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "Decide one site: approve, approve_with_conditions (conditions required) or refuse (reason required); the latest stands until the letter is issued, then 409."
            );
        desk.MapGet("/rows/{row:int}/consultation-request", GetConsultationRequestAsync)
            .Produces(StatusCodes.Status200OK, contentType: LetterComposer.DocxType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(
                "The request for an opinion (.docx) on one site to the authority its rule names (?rule=R04: the provincial Military Command; R10: the civil aviation authority and the General Staff; R11: the height-approval authority), with the site's VN-2000 and WGS 84 position, its height and class and the measured reason. Appraisers only: it may name a military area."
            );
        desk.MapPost("/rows/{row:int}/consultations", RecordConsultationAsync)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "Record a consulted authority's answer on one rule of one site (rule, document_number, date, answer: agrees|objects|conditions, conditions): it settles the rule (agrees and conditions pass it, objects fails it) for the views and the letter; 409 after issue."
            );
        desk.MapPost("/issue", IssueAsync)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "Issue the reply letter of a decided dossier: under the clerk's register_number, or the next of the department's yearly register (01 from each 1 January); the .docx and .pdf are rendered once and stored with their SHA-256, and GET …/letter returns exactly those bytes. 409 when not decided, already issued, or the number is taken."
            );
        desk.MapPost("/corrections", OpenCorrectionAsync)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "Open a correction of the issued letter, with a written reason: the dossier takes changes again, and the next letter issued names the one it replaces."
            );
        return desk;
    }

    public static async Task<Created<SiteDecisionView>> DecideSiteAsync(
        long id,
        int row,
        SiteDecisionInput input,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Created($"/api/submissions/{id}", await mediator.Send(new DecideSite(user, id, row, input), ct));

    public static async Task<FileContentHttpResult> GetConsultationRequestAsync(
        long id,
        int row,
        string? rule,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var file = await mediator.Send(new GetConsultationRequest(user, id, row, rule?.Trim().ToUpperInvariant()), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public static async Task<Created<ConsultationView>> RecordConsultationAsync(
        long id,
        int row,
        ConsultationInput input,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Created($"/api/submissions/{id}", await mediator.Send(new RecordConsultation(user, id, row, input), ct));

    public static async Task<Created<IssuedLetterView>> IssueAsync(
        long id,
        IssueInput? input,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) =>
        TypedResults.Created(
            $"/api/submissions/{id}/letter",
            await mediator.Send(new IssueLetter(user, id, input ?? new IssueInput(null)), ct)
        );

    public static async Task<Created<CorrectionView>> OpenCorrectionAsync(
        long id,
        CorrectionInput input,
        ApiUser user,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Created($"/api/submissions/{id}", await mediator.Send(new OpenCorrection(user, id, input), ct));
}
