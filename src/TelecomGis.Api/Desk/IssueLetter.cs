using System.Globalization;
using Mediator;
using Microsoft.Extensions.Options;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Letters;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Reports;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>The body of an issue: the clerk's register number, or none for the next of the department's yearly register.</summary>
public sealed record IssueInput(string? RegisterNumber);

/// <summary>What issuing answers: the number, when, the SHA-256 of the two files as stored, and the number of the letter replaced.</summary>
public sealed record IssuedLetterView(
    string Number,
    DateTimeOffset IssuedAt,
    string DocxSha256,
    string PdfSha256,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
        string? Replaces
);

/// <summary>
/// An appraiser issues a decided dossier's letter: rendered once (.docx and .pdf, the same composition as the draft), stored with
/// its hashes under a register number, and from then on the letter every download returns; the dossier takes no change until a
/// correction reopens it.
/// </summary>
public sealed record IssueLetter(ApiUser User, long SubmissionId, IssueInput Input) : IRequest<IssuedLetterView>, IValidated
{
    public const int MaxNumberLength = 50;

    public IEnumerable<FieldError> Validate()
    {
        if (Input.RegisterNumber is { } n && (string.IsNullOrWhiteSpace(n) || n.Trim().Length > MaxNumberLength))
        {
            yield return new FieldError(
                "register_number",
                $"register_number is the letter's number and symbol, 1 to {MaxNumberLength} characters, e.g. 15/SKHCN-BCVT; leave it out for the register's next number.",
                $"Số công văn dài từ 1 đến {MaxNumberLength} ký tự, ví dụ 15/SKHCN-BCVT; bỏ trống để lấy số tiếp theo của sổ đăng ký."
            );
        }
    }
}

public sealed class IssueLetterHandler(
    IAppraisalStore store,
    SubmissionDirectory directory,
    LetterComposer composer,
    IOptions<LetterOptions> options,
    TimeProvider clock
) : IRequestHandler<IssueLetter, IssuedLetterView>
{
    /// <summary>Tries at the register's next number before giving up: another letter issued at the same moment may take one.</summary>
    private const int Attempts = 3;

    public async ValueTask<IssuedLetterView> Handle(IssueLetter request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        dossier.EnsureNotIssued();
        if (dossier.Status != DeskStatus.Decided)
        {
            throw new ConflictException(
                $"Submission {batch.Id} is not decided: decide every appraised site (or the whole batch) before issuing its letter.",
                "Hồ sơ chưa có quyết định cho tất cả các trạm nên chưa thể ban hành công văn."
            );
        }
        var replaced = dossier.LetterBeingCorrected;
        var reference = ReferenceTo(replaced, composer);
        var issuedAt = clock.GetUtcNow();
        var year = issuedAt.ToOffset(options.Value.UtcOffset).Year;
        var clerks = request.Input.RegisterNumber?.Trim();
        var register = await store.LoadRegisterAsync(cancellationToken: cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            var seq = clerks is null ? await store.NextRegisterSeqAsync(year, cancellationToken) : LeadingNumber(clerks);
            var number = clerks ?? composer.NumberText(batch.Id, seq);
            var letter = await composer.ComposeAsync(dossier, number, composer.DayOf(issuedAt), reference, cancellationToken);
            try
            {
                var saved = await store.IssueLetterAsync(
                    new NewLetter(
                        batch.Id,
                        number,
                        year,
                        seq,
                        request.User.UserId,
                        issuedAt,
                        replaced?.Id,
                        composer.Render(letter, LetterFormat.Docx),
                        composer.Render(letter, LetterFormat.Pdf),
                        // The sites it approves enter the register under its number and date, in the letter's transaction (issue 11).
                        Register.LetterApprovals.For(dossier, register, number, composer.DayOf(issuedAt), request.User.UserId, issuedAt)
                    ),
                    cancellationToken
                );
                return new IssuedLetterView(saved.Number, saved.IssuedAt, saved.DocxSha256, saved.PdfSha256, replaced?.Number);
            }
            catch (RegisterNumberTakenException e)
            {
                // Another request may have issued this batch's letter meanwhile (the store keeps one letter per round).
                var now = await Dossier.LoadAsync(store, batch, cancellationToken);
                if (now.Letters.Count > dossier.Letters.Count)
                    now.EnsureNotIssued();
                if (clerks is not null || attempt >= Attempts)
                {
                    throw new ConflictException(
                        $"The register already holds number {e.Number}.",
                        $"Số {e.Number} đã có trong sổ đăng ký công văn đi; hãy dùng số khác."
                    );
                }
            }
        }
    }

    /// <summary>The letter a new one replaces, as the new one cites it; null when it replaces none.</summary>
    public static LetterReference? ReferenceTo(IssuedLetter? letter, LetterComposer composer) =>
        letter is null ? null : new LetterReference(letter.Number, composer.DayOf(letter.IssuedAt));

    /// <summary>The register's number a clerk's number starts with ("15/SKHCN-BCVT" → 15), or null.</summary>
    public static int? LeadingNumber(string number)
    {
        var digits = number.TakeWhile(char.IsAsciiDigit).Count();
        return
            digits is > 0 and <= 9
            && int.TryParse(number.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n > 0
            ? n
            : null;
    }
}
