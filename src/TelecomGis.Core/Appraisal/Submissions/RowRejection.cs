namespace TelecomGis.Core.Appraisal.Submissions;

/// <summary>Why a submitted row could not be appraised: the row, the field and a message in both languages. A result, not an exception.</summary>
/// <param name="Row">1-based data row (the header is not counted).</param>
/// <param name="Field">The column at fault, e.g. "lat" or "pole_class".</param>
public sealed record RowRejection(int Row, string Field, string MessageVi, string MessageEn)
{
    public override string ToString() => $"row {Row}, {Field}: {MessageEn}";
}
