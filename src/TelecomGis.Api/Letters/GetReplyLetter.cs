using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Letters;

/// <summary>The file formats a reply letter is written in.</summary>
public enum LetterFormat
{
    Docx,
    Pdf,
}

/// <summary>
/// The reply letter of a batch, as the caller may see it (a carrier only its own; 404 otherwise). Once issued, exactly the bytes
/// stored at issue, for everyone. Before issue an appraiser gets a draft composed now (its number left blank), and a carrier a 409:
/// the department has not answered yet. While a correction is open, carriers keep the letter it corrects and appraisers see the
/// draft of the new one. Every row is answered, a rejected one with what is missing.
/// </summary>
public sealed record GetReplyLetter(ApiUser User, long SubmissionId, LetterFormat Format) : IRequest<ReplyLetterFile>;

/// <summary>The letter as a file to download.</summary>
public sealed record ReplyLetterFile(byte[] Content, string ContentType, string FileName);

public sealed class ReplyLetterHandler(IAppraisalStore store, SubmissionDirectory directory, LetterComposer composer, TimeProvider clock)
    : IRequestHandler<GetReplyLetter, ReplyLetterFile>
{
    public const string DocxType = LetterComposer.DocxType;
    public const string PdfType = LetterComposer.PdfType;

    public async ValueTask<ReplyLetterFile> Handle(GetReplyLetter request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        var issued = request.User.IsCarrier ? dossier.Latest : dossier.LetterInForce;
        if (issued is not null)
        {
            var kind = request.Format == LetterFormat.Docx ? LetterFileKind.Docx : LetterFileKind.Pdf;
            var bytes = await store.LoadLetterFileAsync(issued.Id, kind, cancellationToken)
                ?? throw new InvalidOperationException($"Letter {issued.Id} of batch {batch.Id} has no stored {kind} file.");
            return new ReplyLetterFile(
                bytes,
                LetterComposer.ContentTypeOf(request.Format),
                LetterComposer.FileNameOf(batch.Id, request.Format)
            );
        }
        if (request.User.IsCarrier)
        {
            throw new ConflictException(
                $"Submission {batch.Id} has no issued letter yet: its reply letter can be downloaded once the department issues it.",
                "Hồ sơ chưa có công văn trả lời được ban hành."
            );
        }

        var draft = await composer.ComposeAsync(
            dossier,
            composer.NumberText(batch.Id, null),
            composer.DayOf(clock.GetUtcNow()),
            IssueLetterHandler.ReferenceTo(dossier.LetterBeingCorrected, composer),
            cancellationToken
        );
        return new ReplyLetterFile(
            composer.Render(draft, request.Format),
            LetterComposer.ContentTypeOf(request.Format),
            LetterComposer.FileNameOf(batch.Id, request.Format)
        );
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
