using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Core.Register.Declarations;

/// <summary>One row of a declaration file after validation: the structure it declares, or why it cannot be read.</summary>
/// <param name="Row">1-based data row (the header is not counted), as the carrier counts rows under the header.</param>
public sealed record DeclarationRow(int Row, DeclaredStructure? Structure, RowRejection? Rejection)
{
    public static DeclarationRow Accepted(DeclaredStructure structure) => new(structure.Row, structure, null);

    public static DeclarationRow Rejected(int row, string field, string vi, string en) =>
        new(row, null, new RowRejection(row, field, $"Dòng {row}, {vi}", $"Row {row}, {en}"));
}
