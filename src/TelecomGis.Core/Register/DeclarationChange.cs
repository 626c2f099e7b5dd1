namespace TelecomGis.Core.Register;

/// <summary>What a declaration's row (or a structure it left out) is against the register.</summary>
public enum DeclarationChangeKind
{
    /// <summary>Mới: not in the register as built; with or without an approval found within the tolerance.</summary>
    New,

    /// <summary>Thay đổi: in the register, with another height, class or technologies, or moved beyond the tolerance.</summary>
    Changed,

    /// <summary>Không khai báo: built and the carrier's in the register, left out of the declaration.</summary>
    Missing,

    /// <summary>Không đổi: as the register holds it.</summary>
    Unchanged,
}

/// <summary>One line of a declaration's difference from the register.</summary>
/// <param name="Registered">The register's structure it matched (for new rows: the approved structure it builds, if any).</param>
/// <param name="Unpermitted">New, with no approval of the carrier's within the tolerance: flagged for the inspectors.</param>
/// <param name="Changes">What changed: "height", "class", "technologies", "location", "camouflage".</param>
/// <param name="MovedM">How far the declared point lies from the register's, metres, when matched.</param>
public sealed record DeclarationChange(
    DeclarationChangeKind Kind,
    DeclaredStructure? Declared,
    RegisteredStructure? Registered,
    bool Unpermitted,
    IReadOnlyList<string> Changes,
    double? MovedM
)
{
    public string KindCode =>
        Kind switch
        {
            DeclarationChangeKind.New => "new",
            DeclarationChangeKind.Changed => "changed",
            DeclarationChangeKind.Missing => "missing",
            _ => "unchanged",
        };

    /// <summary>The line in Vietnamese, for the carrier to check before confirming.</summary>
    public string Vi =>
        Kind switch
        {
            DeclarationChangeKind.New when Unpermitted =>
                $"Dòng {Declared!.Row}: trạm {Declared.Code} mới, không có văn bản chấp thuận nào trong phạm vi dung sai: sẽ được ghi là xây dựng không phép.",
            DeclarationChangeKind.New =>
                $"Dòng {Declared!.Row}: trạm {Declared.Code} mới, đã được chấp thuận theo văn bản số {Registered!.Approval!.LetterNumber}: sẽ được ghi là đã xây dựng.",
            DeclarationChangeKind.Changed =>
                $"Dòng {Declared!.Row}: trạm {Declared.Code} (vị trí {Registered!.Structure.Id}) thay đổi {string.Join(", ", Changes.Select(FieldVi))}.",
            DeclarationChangeKind.Missing =>
                $"Vị trí {Registered!.Structure.Id} ({Registered.Structure.Code}) có trong cơ sở dữ liệu nhưng không có trong báo cáo.",
            _ => $"Dòng {Declared!.Row}: trạm {Declared.Code} không thay đổi.",
        };

    public string En =>
        Kind switch
        {
            DeclarationChangeKind.New when Unpermitted =>
                $"Row {Declared!.Row}: new structure {Declared.Code} with no approval within the tolerance: it will be recorded as unpermitted.",
            DeclarationChangeKind.New =>
                $"Row {Declared!.Row}: new structure {Declared.Code}, approved by letter {Registered!.Approval!.LetterNumber}: it will be recorded as built.",
            DeclarationChangeKind.Changed =>
                $"Row {Declared!.Row}: structure {Declared.Code} ({Registered!.Structure.Id}) changed: {string.Join(", ", Changes)}.",
            DeclarationChangeKind.Missing =>
                $"Structure {Registered!.Structure.Id} ({Registered.Structure.Code}) is in the register but not in the declaration.",
            _ => $"Row {Declared!.Row}: structure {Declared.Code} unchanged.",
        };

    private static string FieldVi(string field) =>
        field switch
        {
            "height" => "chiều cao",
            "class" => "loại cột",
            "technologies" => "công nghệ",
            "location" => "vị trí",
            "camouflage" => "ngụy trang",
            _ => field,
        };
}
