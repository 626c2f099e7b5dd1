using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Submissions;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Desk;

/// <summary>The body of a correction: why the issued letter must be replaced.</summary>
public sealed record CorrectionInput(string? Reason);

/// <summary>A correction as recorded: the letter it reopens, the reason, who and when.</summary>
public sealed record CorrectionView(string Letter, string Reason, string OpenedBy, DateTimeOffset OpenedAt);

/// <summary>
/// An appraiser opens a correction against the letter in force: the dossier takes decisions, overrides and consultations again, and
/// the next letter issued names the one it replaces. The corrected letter stays stored, byte for byte.
/// </summary>
public sealed record OpenCorrection(ApiUser User, long SubmissionId, CorrectionInput Input) : IRequest<CorrectionView>, IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Input.Reason) || Input.Reason.Trim().Length < 5)
            yield return new FieldError(
                "reason",
                "A correction needs a written reason (at least 5 characters).",
                "Cần ghi rõ lý do đính chính (ít nhất 5 ký tự)."
            );
        else if (Input.Reason.Length > 2000)
            yield return new FieldError("reason", "reason is at most 2000 characters.", "Lý do dài tối đa 2000 ký tự.");
    }
}

public sealed class OpenCorrectionHandler(IAppraisalStore store, SubmissionDirectory directory, TimeProvider clock)
    : IRequestHandler<OpenCorrection, CorrectionView>
{
    public async ValueTask<CorrectionView> Handle(OpenCorrection request, CancellationToken cancellationToken)
    {
        var batch = await directory.GetAsync(request.SubmissionId, request.User, cancellationToken);
        var dossier = await Dossier.LoadAsync(store, batch, cancellationToken);
        var letter = dossier.LetterInForce
            ?? throw new ConflictException(
                $"Submission {batch.Id} has no issued letter in force to correct.",
                "Hồ sơ chưa có công văn được ban hành (hoặc đang được đính chính) nên không thể mở đính chính."
            );
        var saved = await store.OpenCorrectionAsync(
            new Correction(0, batch.Id, letter.Id, request.Input.Reason!.Trim(), request.User.UserId, clock.GetUtcNow()),
            cancellationToken
        );
        return new CorrectionView(letter.Number, saved.Reason, saved.OpenedBy, saved.OpenedAt);
    }
}
