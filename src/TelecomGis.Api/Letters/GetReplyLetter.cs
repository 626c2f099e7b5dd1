using Mediator;
using Microsoft.Extensions.Options;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Core.Appraisal;
using TelecomGis.Reports;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Letters;

/// <summary>The file formats a reply letter is written in.</summary>
public enum LetterFormat
{
    Docx,
    Pdf,
}

/// <summary>
/// The reply letter of a decided batch, as the caller may see it (a carrier only its own): 404 for a batch the caller may not see,
/// 409 before the decision (the department has not answered). Every row is answered, a rejected one with what is missing.
/// </summary>
public sealed record GetReplyLetter(ApiUser User, long SubmissionId, LetterFormat Format) : IRequest<ReplyLetterFile>;

/// <summary>The letter as a file to download.</summary>
public sealed record ReplyLetterFile(byte[] Content, string ContentType, string FileName);

public sealed class ReplyLetterHandler(
    IAppraisalStore store,
    SubmissionDirectory directory,
    LoadedPlans plans,
    LetterFonts fonts,
    IOptions<LetterOptions> options
) : IRequestHandler<GetReplyLetter, ReplyLetterFile>
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfType = "application/pdf";

    public async ValueTask<ReplyLetterFile> Handle(GetReplyLetter request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var decisions = await store.ListDecisionsAsync(batch.Id, cancellationToken);
        var decision = decisions.LastOrDefault(d => d.Kind == DecisionKind.Decision)
            ?? throw new ConflictException(
                $"Submission {batch.Id} has not been decided: its reply letter is written once an appraiser decides it.",
                "Hồ sơ chưa có quyết định thẩm định nên chưa có công văn trả lời."
            );

        var rows = await store.LoadRowsAsync(batch.Id, cancellationToken);
        // The appraisal as the appraiser left it; the letter gives an overridden rule's objection with the appraiser's reason.
        var overrides = DecisionOverrides.ByRow(decisions);
        // Every row is answered, rejected ones too (with what the carrier must supply). The letter goes to the carrier: whoever
        // downloads it, R04 names and draws no military or security area.
        var answered = rows.Select(r =>
                r.Appraisal is null ? r : r with { Appraisal = ConfidentialAreas.Redact(r.Appraisal.WithOverrides(overrides[r.Row.Row])) }
            )
            .ToList();
        var appraised = answered.Count(r => r.Appraisal is not null);

        // The letter cites the plan version the sites were appraised against, not whichever is current today.
        var plan = await plans.GetAsync(batch.PlanVersion, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Batch {batch.Id} refers to plan version {batch.PlanVersion.Short}, which the store cannot load."
            );
        var o = options.Value;
        var settings = new LetterSettings(
            NumberAndSymbol: o.NumberTemplate.Replace(
                "{id}",
                batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal
            ),
            Date: DateOnly.FromDateTime(decision.DecidedAt.ToOffset(o.UtcOffset).DateTime),
            Recipient: o.RecipientOf(batch.Carrier),
            CopyRecipients: o.CopyRecipients,
            SignerName: o.SignerName,
            Place: o.Place,
            SigningAuthority: o.SigningAuthority,
            SignerTitle: o.SignerTitle,
            GoverningBody: o.GoverningBody,
            DepartmentName: o.DepartmentName
        );
        var letter = ReplyLetter.Compose(answered, plan.Plan, settings);
        if (appraised <= o.MaxFigures)
            letter = letter.WithFigures(new SiteMapFigure(plan.Engine.Index, fonts));

        return request.Format == LetterFormat.Docx
            ? new ReplyLetterFile(DocxLetterWriter.Write(letter), DocxType, $"cong-van-{batch.Id}.docx")
            : new ReplyLetterFile(PdfLetterWriter.Write(letter, fonts), PdfType, $"cong-van-{batch.Id}.pdf");
    }
}

/// <summary>Which format the caller asked for: ?format= first, then the Accept header; PDF when neither says.</summary>
public static class LetterFormats
{
    public static LetterFormat Negotiate(HttpRequest request)
    {
        var format = request.Query["format"].ToString().Trim().ToLowerInvariant();
        if (format.Length > 0)
        {
            return format switch
            {
                "docx" => LetterFormat.Docx,
                "pdf" => LetterFormat.Pdf,
                _ => throw RequestValidationException.For("format", "format must be docx or pdf.", "Định dạng phải là docx hoặc pdf."),
            };
        }
        var accept = request.Headers.Accept.ToString();
        return
            accept.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains(ReplyLetterHandler.PdfType, StringComparison.OrdinalIgnoreCase)
            ? LetterFormat.Docx
            : LetterFormat.Pdf;
    }
}
