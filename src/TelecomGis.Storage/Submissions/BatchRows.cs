using TelecomGis.Core.Appraisal.Submissions;

namespace TelecomGis.Storage.Submissions;

/// <summary>
/// One row of a batch file through <see cref="SubmissionRowParser"/>, its rejection worded for the carrier who reads it beside
/// the file: "Dòng 7, cột Kinh độ: …" (the row as the carrier counts rows under the header, then the column and the reason).
/// </summary>
internal static class BatchRows
{
    public static SubmissionRow Parse(
        int row,
        Func<string, string?> field,
        Core.Geodesy.Vn2000Transformation transformation = Core.Geodesy.Vn2000Transformation.National6960
    ) => Located(SubmissionRowParser.Parse(row, field, transformation));

    public static SubmissionRow Rejected(int row, string carrier, string siteCode, string field, string vi, string en) =>
        Located(SubmissionRow.Rejected(row, carrier, siteCode, field, vi, en));

    private static SubmissionRow Located(SubmissionRow row) =>
        row.Rejection is not { } r
            ? row
            : row with
            {
                Rejection = r with
                {
                    MessageVi = $"Dòng {r.Row}, {LowerFirst(r.MessageVi)}",
                    MessageEn = $"Row {r.Row}, {LowerFirst(r.MessageEn)}",
                },
            };

    // "Cột Kinh độ: …" continues the sentence after "Dòng 7, "; a column header keeps its own capital ("cột Kinh độ").
    private static string LowerFirst(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) ? string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1)) : text;
}
