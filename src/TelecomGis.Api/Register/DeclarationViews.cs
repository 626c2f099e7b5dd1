using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>A carrier's declaration as the API writes it: the upload, its standing (pending or confirmed) and its difference from the register.</summary>
/// <param name="Status">"pending" until the carrier confirms it, then "confirmed".</param>
/// <param name="Summary">How many rows are new (and of those unpermitted), changed, unchanged, and structures missing.</param>
/// <param name="Changes">Every line of the difference, unchanged rows left out.</param>
public sealed record DeclarationDetail(
    long Id,
    string Carrier,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string FileName,
    string Sha256,
    int Rows,
    string Status,
    string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt,
    int? EventsAppended,
    DeclarationSummary Summary,
    IReadOnlyList<DeclarationChangeView> Changes
)
{
    public static DeclarationDetail Of(Declaration d, IReadOnlyList<DeclarationChange> diff, bool english) =>
        new(
            d.Id,
            d.Carrier,
            d.UploadedBy,
            d.UploadedAt,
            d.FileName,
            d.Sha256,
            d.Rows.Count,
            d.ConfirmedAt is null ? "pending" : "confirmed",
            d.ConfirmedBy,
            d.ConfirmedAt,
            d.EventsAppended,
            DeclarationSummary.Of(diff),
            [.. diff.Where(c => c.Kind != DeclarationChangeKind.Unchanged).Select(c => DeclarationChangeView.Of(c, english))]
        );
}

/// <summary>A declaration in a list: its upload and standing, without the difference.</summary>
public sealed record DeclarationSummaryView(
    long Id,
    string Carrier,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string FileName,
    int Rows,
    string Status,
    DateTimeOffset? ConfirmedAt
)
{
    public static DeclarationSummaryView Of(Declaration d) =>
        new(
            d.Id,
            d.Carrier,
            d.UploadedBy,
            d.UploadedAt,
            d.FileName,
            d.Rows.Count,
            d.ConfirmedAt is null ? "pending" : "confirmed",
            d.ConfirmedAt
        );
}

public sealed record DeclarationSummary(int New, int Unpermitted, int Changed, int Unchanged, int Missing)
{
    public static DeclarationSummary Of(IReadOnlyList<DeclarationChange> diff) =>
        new(
            diff.Count(c => c.Kind == DeclarationChangeKind.New),
            diff.Count(c => c.Kind == DeclarationChangeKind.New && c.Unpermitted),
            diff.Count(c => c.Kind == DeclarationChangeKind.Changed),
            diff.Count(c => c.Kind == DeclarationChangeKind.Unchanged),
            diff.Count(c => c.Kind == DeclarationChangeKind.Missing)
        );
}

/// <summary>One line of the difference: what kind, which row and structure, what changed, and the line in words.</summary>
/// <param name="Kind">new, changed or missing.</param>
/// <param name="StructureId">The register's structure matched (for a new row, the approved structure it builds), if any.</param>
/// <param name="Changes">For a changed row: height, class, technologies, location, camouflage.</param>
public sealed record DeclarationChangeView(
    string Kind,
    int? Row,
    string? Code,
    string? StructureId,
    bool Unpermitted,
    IReadOnlyList<string> Changes,
    double? MovedM,
    string? ApprovalLetter,
    string Message
)
{
    public static DeclarationChangeView Of(DeclarationChange c, bool english) =>
        new(
            c.KindCode,
            c.Declared?.Row,
            c.Declared?.Code ?? c.Registered?.Structure.Code,
            c.Registered?.Structure.Id,
            c.Unpermitted,
            c.Changes,
            c.MovedM is { } m ? Math.Round(m, 1) : null,
            c.Registered?.Approval?.LetterNumber,
            english ? c.En : c.Vi
        );
}
