namespace TelecomGis.Core.Reporting;

/// <summary>
/// Text put into a CSV file that a person opens in Excel or LibreOffice. A cell whose text begins like a formula (<c>= + - @</c>, or a
/// tab or carriage return) runs as one when the file is opened: <c>=HYPERLINK(…)</c> sends the sheet's data away, <c>=cmd|…</c>
/// starts a program (OWASP, "CSV Injection"). Such text gets a leading apostrophe, which the spreadsheet shows as text, not as part
/// of the value. It is for text that comes from outside (a carrier's site code, a plan's or a register's names); a number the
/// product formats itself is written as it is, its minus sign a number's.
/// </summary>
public static class SpreadsheetText
{
    public static string Guard(string? text) => text is { Length: > 0 } && StartsLikeFormula(text[0]) ? "'" + text : text ?? "";

    private static bool StartsLikeFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';
}
