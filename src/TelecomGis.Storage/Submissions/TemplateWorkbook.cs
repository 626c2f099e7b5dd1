using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using Column = TelecomGis.Core.Appraisal.Submissions.SubmissionColumns.Column;

namespace TelecomGis.Storage.Submissions;

/// <summary>What a template's column holds, for its instructions sheet: required or not, unit, allowed values, the example's value.</summary>
/// <param name="Example">The example row's cell: a number stays a number in the workbook; null leaves the cell blank.</param>
public sealed record ColumnGuidance(string Need, string Unit, string Allowed, object? Example);

/// <summary>
/// A file carriers fill in (a batch's sites, a declaration's structures): the Vietnamese header row, one example row, and in the
/// .xlsx a second sheet "Hướng dẫn" with each column's guidance and the template's notes. <see cref="SubmissionTemplate"/> and
/// <see cref="Declarations.DeclarationTemplate"/> differ only in their columns, guidance and notes. Immutable and thread-safe.
/// </summary>
/// <param name="dataSheet">The first sheet's name (the readers read the first sheet, whatever its name).</param>
/// <param name="guide">Guidance for every column of <paramref name="columns"/>, by column name.</param>
public sealed class TemplateWorkbook(
    string dataSheet,
    IReadOnlyList<Column> columns,
    IReadOnlyDictionary<string, ColumnGuidance> guide,
    IReadOnlyList<(string Heading, string Text)> notes
)
{
    public const string InstructionsSheet = "Hướng dẫn";

    /// <summary>The header row, Vietnamese, in the columns' order.</summary>
    public IReadOnlyList<string> Header { get; } = [.. columns.Select(c => c.HeaderVi)];

    /// <summary>The .xlsx: the data sheet (header and example row, typed cells) then the instructions sheet.</summary>
    public byte[] Xlsx()
    {
        var example = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in columns)
            example[column.HeaderVi] = guide[column.Name].Example;
        var instructions = columns
            .Select(c => Instruction(c.HeaderVi, guide[c.Name].Need, guide[c.Name].Unit, guide[c.Name].Allowed, guide[c.Name].Example))
            .Concat(notes.Select(n => Instruction(n.Heading, "", "", n.Text, null)))
            .ToList();
        var sheets = new Dictionary<string, object> { [dataSheet] = new[] { example }, [InstructionsSheet] = instructions };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The .csv: UTF-8 with a byte-order mark (so Excel shows the diacritics), the header and the example row.</summary>
    public byte[] Csv()
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var h in Header)
                csv.WriteField(h);
            csv.NextRecord();
            foreach (var column in columns)
                csv.WriteField(FieldText.Of(guide[column.Name].Example) ?? "");
            csv.NextRecord();
        }
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Instruction(string column, string need, string unit, string allowed, object? example) =>
        new()
        {
            ["Cột"] = column,
            ["Bắt buộc"] = need,
            ["Đơn vị"] = unit,
            ["Giá trị hợp lệ"] = allowed,
            ["Ví dụ"] = example is { } v ? FieldText.Of(v) : "",
        };
}
