namespace TelecomGis.Storage.Import;

/// <summary>A source feature that was not taken, and why: its number (feature or row, as its owner sees it), the source field
/// at fault where one is, and the reason in Vietnamese and English.</summary>
public sealed record ImportRejection(int Number, string? Field, string MessageVi, string MessageEn)
{
    /// <summary>"Đối tượng 7, cột LOAI_COT: …" (a table's row is a "dòng").</summary>
    public string Vi(bool rows) => $"{(rows ? "Dòng" : "Đối tượng")} {Number}{(Field is null ? "" : $", cột {Field}")}: {MessageVi}";

    public string En(bool rows) => $"{(rows ? "Row" : "Feature")} {Number}{(Field is null ? "" : $", field {Field}")}: {MessageEn}";
}
