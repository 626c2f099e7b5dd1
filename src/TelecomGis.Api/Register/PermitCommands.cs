using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Register;
using TelecomGis.Core.Register.Permits;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// What the department records about a structure's construction permit: kind "permit" with its number, date and issuing
/// authority, or kind "exemption" with the provision relied on (a code of <see cref="PermitExemptions"/>, or "other" with the
/// citation written out).
/// </summary>
public sealed record PermitInput(
    string? Kind,
    string? PermitNumber,
    DateOnly? PermitDate,
    string? IssuedBy,
    string? Exemption,
    string? Citation,
    string? Note
);

/// <summary>Records a structure's construction permit or exemption (appended; the latest is in force).</summary>
public sealed record RecordPermit(ApiUser User, string StructureId, PermitInput Input, bool English = false)
    : IRequest<ConstructionPermitView>,
        IValidated
{
    public IEnumerable<FieldError> Validate()
    {
        var i = Input;
        switch (ConstructionPermit.ParseKind(i.Kind))
        {
            case PermitKind.Permit:
                if (string.IsNullOrWhiteSpace(i.PermitNumber))
                    yield return new FieldError("permit_number", "A permit needs its number.", "Cần ghi số giấy phép xây dựng.");
                if (i.PermitDate is null)
                    yield return new FieldError("permit_date", "A permit needs its date.", "Cần ghi ngày cấp giấy phép xây dựng.");
                if (string.IsNullOrWhiteSpace(i.IssuedBy))
                    yield return new FieldError(
                        "issued_by",
                        "A permit needs the authority that issued it.",
                        "Cần ghi cơ quan cấp giấy phép xây dựng."
                    );
                break;
            case PermitKind.Exemption:
                var code = i.Exemption?.Trim();
                if (code == PermitExemptions.OtherCode)
                {
                    if (string.IsNullOrWhiteSpace(i.Citation))
                        yield return new FieldError(
                            "citation",
                            "An exemption under another provision cites it (citation).",
                            "Miễn giấy phép theo quy định khác cần ghi rõ căn cứ (điều, khoản, văn bản)."
                        );
                }
                else if (PermitExemptions.Find(code) is null)
                    yield return new FieldError(
                        "exemption",
                        $"exemption is one of {string.Join(", ", PermitExemptions.Known.Select(e => e.Code))} or other.",
                        $"Căn cứ miễn giấy phép là một trong: {string.Join("; ", PermitExemptions.Known.Select(e => $"{e.Code} ({e.CitationVi})"))}; hoặc 'other' (quy định khác, ghi rõ căn cứ)."
                    );
                break;
            default:
                yield return new FieldError(
                    "kind",
                    "kind is permit (a construction permit) or exemption (exempt from one).",
                    "Loại là 'permit' (giấy phép xây dựng) hoặc 'exemption' (miễn giấy phép xây dựng)."
                );
                break;
        }
    }
}

public sealed class RecordPermitHandler(IAppraisalStore store, TimeProvider clock) : IRequestHandler<RecordPermit, ConstructionPermitView>
{
    public async ValueTask<ConstructionPermitView> Handle(RecordPermit request, CancellationToken cancellationToken)
    {
        var i = request.Input;
        var id = request.StructureId.Trim();
        var events = await store.LoadRegisterEventsAsync(id, null, cancellationToken);
        if (events.Count == 0)
            throw new NotFoundException($"No structure {id} in the register.", $"Không có vị trí {id} trong sổ hạ tầng.");
        var structure = RegisterState.Fold(events).Find(id)!.Structure;
        var kind = ConstructionPermit.ParseKind(i.Kind)!.Value;
        var known = kind == PermitKind.Exemption ? PermitExemptions.Find(i.Exemption) : null;
        if (known is not null && !known.CoversClass(structure.PoleClass))
            throw RequestValidationException.For(
                "exemption",
                $"Structure {id} is a bulky pole ({structure.PoleClass}): {known.CitationEn} covers only poles that are not bulky (A1).",
                $"Vị trí {id} là cột cồng kềnh (loại {structure.PoleClass}): {known.CitationVi} chỉ áp dụng cho cột ăng ten không cồng kềnh (loại A1)."
            );
        var permit = new ConstructionPermit(
            0,
            events[0].StructureId,
            kind,
            kind == PermitKind.Permit ? i.PermitNumber!.Trim() : null,
            kind == PermitKind.Permit ? i.PermitDate : null,
            kind == PermitKind.Permit ? i.IssuedBy!.Trim() : null,
            kind == PermitKind.Exemption ? known?.Code ?? PermitExemptions.OtherCode : null,
            kind == PermitKind.Exemption ? known?.CitationVi ?? i.Citation!.Trim() : null,
            string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim(),
            request.User.UserId,
            clock.GetUtcNow()
        );
        return ConstructionPermitView.Of(await store.RecordConstructionPermitAsync(permit, cancellationToken), request.English);
    }
}

/// <summary>A structure's permit or exemption as the API writes it, with the record's line in the reader's language.</summary>
/// <param name="CitationConfirmed">For a listed exemption, whether its provision's wording was confirmed against a published text.</param>
public sealed record ConstructionPermitView(
    long Id,
    string Kind,
    string? PermitNumber,
    DateOnly? PermitDate,
    string? IssuedBy,
    string? Exemption,
    string? Citation,
    bool? CitationConfirmed,
    string? Note,
    string Text,
    string RecordedBy,
    DateTimeOffset RecordedAt
)
{
    public static ConstructionPermitView Of(ConstructionPermit p, bool english) =>
        new(
            p.Id,
            p.KindCode,
            p.Number,
            p.IssuedOn,
            p.IssuedBy,
            p.ExemptionCode,
            p.Citation,
            PermitExemptions.Find(p.ExemptionCode)?.Confirmed,
            p.Note,
            english ? p.En() : p.Vi(),
            p.RecordedBy,
            p.RecordedAt
        );
}
